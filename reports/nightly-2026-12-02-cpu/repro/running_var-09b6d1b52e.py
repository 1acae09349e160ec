"""Standalone reproduction of one BatchNorm1d finding (torch.nn vs MindSpore), made by the fuzz harness.

Needs only torch, mindspore and numpy.  Rebuilds the case, runs both frameworks, prints both results
beside the float64 reference and the difference, and exits 1 while the difference is present, 0
once it is gone.  Everything about the case is in PAYLOAD below.
"""

import base64
import json
import sys
import warnings

import numpy as np

PAYLOAD = json.loads(r'''{"atol": [4.8143516323762015e-05, 5.04934632772347e-07, 5.263214575279562e-07, 6.493886758107692e-06, 6.798589424761303e-07, 5.380228174090007e-08, 1.3880420146605843e-09, 1.289374296220558e-07, 5.3045702941290074e-08, 1.0058093380393984e-07, 4.199366401280713e-07, 2.7440157282399014e-05, 3.9241530203071306e-07, 2.214862206528778e-06, 1.6065321517544362e-07, 3.645237427463144e-07, 6.735090573783964e-05, 5.1863691119535815e-09, 2.254463424833375e-06, 1.6033675365179079e-07, 0.0005804248503409326, 1.5612688002875075e-05, 1.0768396663252133e-07, 1.0695366654545069e-06, 1.2553226042655297e-05, 5.553624578169547e-05, 1.5712036827153497e-07, 3.219658539777015e-09, 9.902392239524715e-10, 1.3182234397390857e-06, 2.95886914969401e-09, 2.0270675804567873e-08, 2.543266361954011e-07, 3.180862151452857e-08, 1.6182435501832515e-05, 3.4646247968339594e-06, 2.5664421627880074e-06, 9.624502972371829e-09, 4.8345452086095975e-09, 2.1904032365682724e-08, 1.2949062977440917e-07, 1.052012976288097e-06, 0.00010791381646413356, 3.565188535503694e-06, 3.273579204687849e-05, 1.6619074472146167e-07, 1.2480670719128284e-08, 9.933391886818299e-09, 1.2321061149123125e-05, 0.0002925230364780873, 1.1152012575621484e-06, 1.4182238601279096e-06, 2.8780906546899132e-08, 0.0005415308405645192, 5.00491660204716e-05, 3.2806710237309744e-07, 3.172145213170552e-08, 9.193010441777005e-07, 6.326717266347259e-05, 1.085188273464155e-06, 5.43647956874338e-06, 2.1847315068157513e-09, 9.55690338741988e-05, 9.81636638641703e-09, 3.6255764825909864e-06, 3.669571668751814e-08, 8.593512745846965e-08, 1.5181697010646644e-09, 6.181917342473753e-07, 1.3843862056717171e-08, 0.00040395662654191256, 4.1255358240732676e-08, 2.093861667162855e-06, 2.955987232766688e-09, 4.4477081928562257e-07, 3.001315418416084e-09, 8.574002276873216e-05, 1.3754972314927727e-05, 8.375012328087905e-08, 3.734350162432065e-09, 2.6548971732154314e-07, 6.935728151802323e-07, 9.083691310252107e-08, 7.572996764793061e-06], "case": {"affine": false, "bias": null, "dtype": "float32", "eps": 1e-08, "grad": true, "grad_seed": 88, "mindspore": {"init_via": "checkpoint", "pass_use_batch_statistics": true, "unmapped_init": {"bias": [0.29743149876594543, 1.5153075456619263, -1.2764825820922852, 1.5216418504714966, -4.1024088859558105, -2.1176345348358154, -0.6071139574050903, 2.397836923599243, -1.805635690689087, -0.07750491797924042, -0.9732246398925781, -0.7228646278381348, -0.09032794088125229, 0.9342486262321472, 1.900208830833435, 0.8301132917404175, -1.4476490020751953, 1.7006570100784302, 1.9899824857711792, -0.7766580581665039, -1.0811783075332642, -0.8039448261260986, 2.41560959815979, 2.557833671569824, 2.7755327224731445, 0.24411408603191376, -0.07569210231304169, 0.16375093162059784, 1.685032606124878, -2.2138211727142334, 1.9515990018844604, -4.1231255531311035, 3.4210474491119385, 0.1740395575761795, 0.6319690942764282, 1.7800003290176392, -1.9998921155929565, 3.2672605514526367, 1.4160451889038086, 1.0382390022277832, 4.951533317565918, -0.8926917910575867, -2.4229989051818848, 2.5056910514831543, -1.1740732192993164, -0.39654186367988586, -2.561490535736084, -0.0837615430355072, 1.6326849460601807, 4.027316570281982, 2.3016040325164795, 4.298053741455078, -2.6758410930633545, -1.846285104751587, -2.9796080589294434, -2.2324769496917725, 0.05804247409105301, 3.083937644958496, -0.6876966953277588, 0.3921751081943512, 2.9073398113250732, 0.8180962800979614, 2.1791675090789795, -1.2012748718261719, 1.088279366493225, 0.22418080270290375, 3.3559858798980713, 2.76529598236084, 3.0321199893951416, -3.5253257751464844, -1.7087087631225586, 1.820873737335205, 1.15447998046875, 0.9879096150398254, -0.591764509677887, 1.7060468196868896, -1.0029293298721313, 0.9142950773239136, 2.345539093017578, 0.11804454028606415, -0.6268198490142822, -3.119905471801758, 3.134021282196045, 1.981146216392517], "weight": [-1.479517936706543, 0.16523301601409912, 1.5659193992614746, 0.8085663914680481, -1.7749654054641724, -2.725381851196289, 0.13899265229701996, -1.7915289402008057, 0.5537835359573364, -2.7670376300811768, 1.8488506078720093, -0.7389439940452576, -1.1171828508377075, 0.9724311232566833, 2.4630236625671387, -1.7428627014160156, 0.26924002170562744, 2.5446324348449707, -1.3211679458618164, -2.0423569679260254, -0.9442979097366333, -1.7848703861236572, 1.1256581544876099, -0.5558788180351257, 2.784458637237549, 0.18340153992176056, -1.0482674837112427, 1.6601035594940186, 2.6901354789733887, 0.03195079043507576, -0.3272255063056946, 0.771837055683136, 0.11881586164236069, 0.5370933413505554, -2.1396310329437256, 1.6321086883544922, 0.6806087493896484, 2.6985924243927, 2.320050001144409, -1.8074144124984741, 2.706116199493408, -1.9765530824661255, 0.6783318519592285, 1.6965688467025757, -0.374508261680603, 2.267791509628296, 0.36216041445732117, -1.6810567378997803, -2.741929292678833, 2.046605348587036, 0.13978706300258636, 2.7946174144744873, -0.7696883678436279, 1.1788833141326904, 1.0860991477966309, -2.6139142513275146, -0.10067525506019592, 2.078798770904541, -1.561918020248413, 0.7341576218605042, 1.3147144317626953, -2.869523286819458, 0.5301500558853149, -2.9860167503356934, -0.7355360984802246, -2.091270685195923, 1.1636945009231567, -2.9333994388580322, 2.92691707611084, -1.2313337326049805, 2.678544282913208, -2.0294926166534424, -1.8123515844345093, -2.4463202953338623, -1.8766146898269653, -2.811391830444336, -0.3618011176586151, -1.1751048564910889, 2.7499208450317383, 1.7343614101409912, -0.9311907887458801, -1.309647560119629, -0.25755956768989563, 2.442051649093628]}}, "momentum": 0.1, "num_features": null, "omit": ["track_running_stats"], "param_dtype": null, "rules_off": ["track_running_stats"], "running_mean": [-1.3856711387634277, 1.2608307600021362, -1.0622024536132812, -1.826857089996338, -1.0526416301727295, 1.581573247909546, -3.4132590293884277, -0.2571386694908142, -1.0264394283294678, -0.28006425499916077, -1.6598292589187622, -1.9760907888412476, 2.4383835792541504, 2.6510047912597656, -1.4240599870681763, -0.5521734952926636, -3.186945915222168, -3.590045213699341, -0.41525205969810486, -0.4047163724899292, 1.5986039638519287, -0.8286691308021545, -1.7129147052764893, 0.009297352284193039, 1.2636898756027222, -0.38447320461273193, 0.2157248705625534, 1.8598310947418213, -7.496992588043213, -0.4323268234729767, -1.969442367553711, -1.5245862007141113, 0.05899112671613693, 0.3808022439479828, 0.6578878164291382, 4.541281700134277, -0.963469386100769, 4.376581192016602, -0.9813217520713806, -0.2638835310935974, 2.2889044284820557, -0.7999738454818726, -0.8298628926277161, -2.806130886077881, -2.3427085876464844, -2.056464672088623, 0.9111582040786743, -3.364354372024536, 0.036175597459077835, 0.5564473867416382, -0.4287465214729309, -2.8724796772003174, 0.057633500546216965, 2.2642650604248047, 1.2773795127868652, 0.11021480709314346, -0.23780418932437897, -2.2751142978668213, 0.3155592083930969, 0.7223665118217468, 2.2868220806121826, 1.8369771242141724, 1.2412848472595215, 1.487808346748352, -0.7092134952545166, 2.1821415424346924, -1.1376107931137085, -1.8406877517700195, -1.8875153064727783, 0.5376920700073242, -1.2890849113464355, 0.30239593982696533, 2.059725522994995, -2.195108413696289, 1.8166850805282593, 0.8199703097343445, -3.866034984588623, 2.7651901245117188, 1.5163620710372925, -2.9275476932525635, -2.376746892929077, 1.7340826988220215, 1.3685011863708496, -1.0845967531204224], "running_var": [50.48213577270508, 0.5294623374938965, 0.5518880486488342, 6.809333801269531, 0.7128837704658508, 0.05641578137874603, 0.0014554675435647368, 0.13520069420337677, 0.05562245100736618, 0.10546675324440002, 0.4403354823589325, 28.773090362548828, 0.411477267742157, 2.32245135307312, 0.16845710575580597, 0.38223084807395935, 70.62254333496094, 0.005438302177935839, 2.363976240158081, 0.16812527179718018, 608.6195678710938, 16.371089935302734, 0.11291482299566269, 1.121490478515625, 13.16301155090332, 58.23397445678711, 0.16475264728069305, 0.0033760566730052233, 0.0010383410844951868, 1.3822574615478516, 0.0031025991775095463, 0.02125534415245056, 0.2666808068752289, 0.03335375711321831, 16.96851348876953, 3.632922410964966, 2.6911096572875977, 0.010092022828757763, 0.005069388076663017, 0.022968042641878128, 0.13578076660633087, 1.1031155586242676, 113.15583801269531, 3.7383711338043213, 34.325965881347656, 0.1742636263370514, 0.01308693177998066, 0.010415916331112385, 12.91956901550293, 306.7326354980469, 1.1693732738494873, 1.487115502357483, 0.030178967863321304, 567.8362426757812, 52.48035430908203, 0.344003289937973, 0.033262353390455246, 0.9639570116996765, 66.34043884277344, 1.1379023790359497, 5.700562000274658, 0.0022908570244908333, 100.21139526367188, 0.010293206200003624, 3.801692485809326, 0.038478247821331024, 0.09010951220989227, 0.0015919163124635816, 0.6482210159301758, 0.014516341499984264, 423.5792236328125, 0.043259378522634506, 2.195573091506958, 0.0030995772685855627, 0.46637600660324097, 0.0031471073161810637, 89.9049301147461, 14.423133850097656, 0.08781836926937103, 0.003915749955922365, 0.2783861458301544, 0.7272638082504272, 0.09524940699338913, 7.940862655639648], "schema": 1, "shape": [0, 84, 15], "steps": [{"input": {"offset": 100.0, "outliers": 3, "scale": 0.001, "seed": 4383}, "mode": "train"}, {"input": {"layout": "strided", "offset": -10.0, "outliers": 2, "scale": 10.0}, "mode": "eval"}, {"input": {"constant_channels": [42, 50, 54], "offset": -100.0, "outliers": 3, "scale": 0.01, "seed": 71565659}, "mode": "train"}, {"input": {"constant_channels": [42, 50, 54], "layout": "transposed", "offset": -100.0, "outliers": 3, "scale": 0.01, "seed": 16692}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "running_var-09b6d1b52e", "kind": "running_var", "quantity": "running_var", "reference": {"data": "AAAAoLY9SUAAAAAAW/HgPwAAACARqeE/AAAAAMI8G0AAAACg8c/mPwAAAICH4qw/AAAAYKzYVz8AAACgQU7BPwAAAMCLeqw/AAAAgN7/uj8AAADgdC7cPwAAAEDpxTxAAAAAwKRV2j8AAABgYZQCQAAAAKAAkMU/AAAAYHh22D8AAADA16dRQAAAACB5RnY/AAAAYGzpAkAAAAAAIYXFPwAAAOD0BINAAAAAwP9eMEAAAABg/Oe8PwAAAACg8fE/AAAAQHZTKkAAAADg8h1NQAAAAGCdFsU/AAAAoBqoaz8AAABAHgNRPwAAAAC6HfY/AAAAQJ9qaT8AAAAA9sOVPwAAAGBMEdE/AAAAYL4ToT8AAACA8PcwQAAAAKA5EA1AAAAAgGSHBUAAAABgIKuEPwAAAICjw3Q/AAAAQO+Elz8AAACgQ2HBPwAAAIBcpvE/AAAAQPlJXEAAAAAgL+gNQAAAAEC5KUFAAAAAQEVOxj8AAABAUs2KPwAAAKDwVIU/AAAAwNHWKUAAAADguCtzQAAAAMDAtfI/AAAAoDnL9z8AAABAPOeePwAAAKCwvoFAAAAAQHw9SkAAAABgJgTWPwAAAGDDB6E/AAAAYLzY7j8AAADAyZVQQAAAACDZNPI/AAAAIGDNFkAAAACARsRiPwAAAICHDVlAAAAAwJoUhT8AAADA3WkOQAAAAMBrs6M/AAAAwGoRtz8AAAAg+xRaPwAAAAA6vuQ/AAAAYL66jT8AAACARHl6QAAAAOAXJqY/AAAAoIiQAUAAAADgSGRpPwAAAMAa2d0/AAAAYPbHaT8AAABg6nlWQAAAAACl2CxAAAAAwEN7tj8AAAAg9glwPwAAACAU0dE/AAAAwL5F5z8AAADgQ2K4PwAAAIBxwx9A", "shape": [84]}, "right_plan": {"assigned_init": {}, "checkpoint_init": {"beta": [0.29743149876594543, 1.5153075456619263, -1.2764825820922852, 1.5216418504714966, -4.1024088859558105, -2.1176345348358154, -0.6071139574050903, 2.397836923599243, -1.805635690689087, -0.07750491797924042, -0.9732246398925781, -0.7228646278381348, -0.09032794088125229, 0.9342486262321472, 1.900208830833435, 0.8301132917404175, -1.4476490020751953, 1.7006570100784302, 1.9899824857711792, -0.7766580581665039, -1.0811783075332642, -0.8039448261260986, 2.41560959815979, 2.557833671569824, 2.7755327224731445, 0.24411408603191376, -0.07569210231304169, 0.16375093162059784, 1.685032606124878, -2.2138211727142334, 1.9515990018844604, -4.1231255531311035, 3.4210474491119385, 0.1740395575761795, 0.6319690942764282, 1.7800003290176392, -1.9998921155929565, 3.2672605514526367, 1.4160451889038086, 1.0382390022277832, 4.951533317565918, -0.8926917910575867, -2.4229989051818848, 2.5056910514831543, -1.1740732192993164, -0.39654186367988586, -2.561490535736084, -0.0837615430355072, 1.6326849460601807, 4.027316570281982, 2.3016040325164795, 4.298053741455078, -2.6758410930633545, -1.846285104751587, -2.9796080589294434, -2.2324769496917725, 0.05804247409105301, 3.083937644958496, -0.6876966953277588, 0.3921751081943512, 2.9073398113250732, 0.8180962800979614, 2.1791675090789795, -1.2012748718261719, 1.088279366493225, 0.22418080270290375, 3.3559858798980713, 2.76529598236084, 3.0321199893951416, -3.5253257751464844, -1.7087087631225586, 1.820873737335205, 1.15447998046875, 0.9879096150398254, -0.591764509677887, 1.7060468196868896, -1.0029293298721313, 0.9142950773239136, 2.345539093017578, 0.11804454028606415, -0.6268198490142822, -3.119905471801758, 3.134021282196045, 1.981146216392517], "gamma": [-1.479517936706543, 0.16523301601409912, 1.5659193992614746, 0.8085663914680481, -1.7749654054641724, -2.725381851196289, 0.13899265229701996, -1.7915289402008057, 0.5537835359573364, -2.7670376300811768, 1.8488506078720093, -0.7389439940452576, -1.1171828508377075, 0.9724311232566833, 2.4630236625671387, -1.7428627014160156, 0.26924002170562744, 2.5446324348449707, -1.3211679458618164, -2.0423569679260254, -0.9442979097366333, -1.7848703861236572, 1.1256581544876099, -0.5558788180351257, 2.784458637237549, 0.18340153992176056, -1.0482674837112427, 1.6601035594940186, 2.6901354789733887, 0.03195079043507576, -0.3272255063056946, 0.771837055683136, 0.11881586164236069, 0.5370933413505554, -2.1396310329437256, 1.6321086883544922, 0.6806087493896484, 2.6985924243927, 2.320050001144409, -1.8074144124984741, 2.706116199493408, -1.9765530824661255, 0.6783318519592285, 1.6965688467025757, -0.374508261680603, 2.267791509628296, 0.36216041445732117, -1.6810567378997803, -2.741929292678833, 2.046605348587036, 0.13978706300258636, 2.7946174144744873, -0.7696883678436279, 1.1788833141326904, 1.0860991477966309, -2.6139142513275146, -0.10067525506019592, 2.078798770904541, -1.561918020248413, 0.7341576218605042, 1.3147144317626953, -2.869523286819458, 0.5301500558853149, -2.9860167503356934, -0.7355360984802246, -2.091270685195923, 1.1636945009231567, -2.9333994388580322, 2.92691707611084, -1.2313337326049805, 2.678544282913208, -2.0294926166534424, -1.8123515844345093, -2.4463202953338623, -1.8766146898269653, -2.811391830444336, -0.3618011176586151, -1.1751048564910889, 2.7499208450317383, 1.7343614101409912, -0.9311907887458801, -1.309647560119629, -0.25755956768989563, 2.442051649093628], "mean": [-1.3856711387634277, 1.2608307600021362, -1.0622024536132812, -1.826857089996338, -1.0526416301727295, 1.581573247909546, -3.4132590293884277, -0.2571386694908142, -1.0264394283294678, -0.28006425499916077, -1.6598292589187622, -1.9760907888412476, 2.4383835792541504, 2.6510047912597656, -1.4240599870681763, -0.5521734952926636, -3.186945915222168, -3.590045213699341, -0.41525205969810486, -0.4047163724899292, 1.5986039638519287, -0.8286691308021545, -1.7129147052764893, 0.009297352284193039, 1.2636898756027222, -0.38447320461273193, 0.2157248705625534, 1.8598310947418213, -7.496992588043213, -0.4323268234729767, -1.969442367553711, -1.5245862007141113, 0.05899112671613693, 0.3808022439479828, 0.6578878164291382, 4.541281700134277, -0.963469386100769, 4.376581192016602, -0.9813217520713806, -0.2638835310935974, 2.2889044284820557, -0.7999738454818726, -0.8298628926277161, -2.806130886077881, -2.3427085876464844, -2.056464672088623, 0.9111582040786743, -3.364354372024536, 0.036175597459077835, 0.5564473867416382, -0.4287465214729309, -2.8724796772003174, 0.057633500546216965, 2.2642650604248047, 1.2773795127868652, 0.11021480709314346, -0.23780418932437897, -2.2751142978668213, 0.3155592083930969, 0.7223665118217468, 2.2868220806121826, 1.8369771242141724, 1.2412848472595215, 1.487808346748352, -0.7092134952545166, 2.1821415424346924, -1.1376107931137085, -1.8406877517700195, -1.8875153064727783, 0.5376920700073242, -1.2890849113464355, 0.30239593982696533, 2.059725522994995, -2.195108413696289, 1.8166850805282593, 0.8199703097343445, -3.866034984588623, 2.7651901245117188, 1.5163620710372925, -2.9275476932525635, -2.376746892929077, 1.7340826988220215, 1.3685011863708496, -1.0845967531204224], "variance": [50.48213577270508, 0.5294623374938965, 0.5518880486488342, 6.809333801269531, 0.7128837704658508, 0.05641578137874603, 0.0014554675435647368, 0.13520069420337677, 0.05562245100736618, 0.10546675324440002, 0.4403354823589325, 28.773090362548828, 0.411477267742157, 2.32245135307312, 0.16845710575580597, 0.38223084807395935, 70.62254333496094, 0.005438302177935839, 2.363976240158081, 0.16812527179718018, 608.6195678710938, 16.371089935302734, 0.11291482299566269, 1.121490478515625, 13.16301155090332, 58.23397445678711, 0.16475264728069305, 0.0033760566730052233, 0.0010383410844951868, 1.3822574615478516, 0.0031025991775095463, 0.02125534415245056, 0.2666808068752289, 0.03335375711321831, 16.96851348876953, 3.632922410964966, 2.6911096572875977, 0.010092022828757763, 0.005069388076663017, 0.022968042641878128, 0.13578076660633087, 1.1031155586242676, 113.15583801269531, 3.7383711338043213, 34.325965881347656, 0.1742636263370514, 0.01308693177998066, 0.010415916331112385, 12.91956901550293, 306.7326354980469, 1.1693732738494873, 1.487115502357483, 0.030178967863321304, 567.8362426757812, 52.48035430908203, 0.344003289937973, 0.033262353390455246, 0.9639570116996765, 66.34043884277344, 1.1379023790359497, 5.700562000274658, 0.0022908570244908333, 100.21139526367188, 0.010293206200003624, 3.801692485809326, 0.038478247821331024, 0.09010951220989227, 0.0015919163124635816, 0.6482210159301758, 0.014516341499984264, 423.5792236328125, 0.043259378522634506, 2.195573091506958, 0.0030995772685855627, 0.46637600660324097, 0.0031471073161810637, 89.9049301147461, 14.423133850097656, 0.08781836926937103, 0.003915749955922365, 0.2783861458301544, 0.7272638082504272, 0.09524940699338913, 7.940862655639648]}, "constructor_init": {}, "kwargs": {"affine": false, "eps": 1e-08, "momentum": 0.9, "num_features": 84, "use_batch_statistics": null}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, false, true, true]}, "rtol": 1.3e-06, "several": 4.0, "step": 0, "summary": "BatchNorm1d(84, eps=1e-08, momentum=0.1, affine=False) on (0, 84, 15) float32, train, eval, train x2 (grad; input layouts contiguous,strided,contiguous,transposed; use_batch_statistics=None; initial values via checkpoint; MindSpore-only initial weight,bias; mapping rules off: track_running_stats)", "torch_plan": {"assigned_init": {"running_mean": [-1.3856711387634277, 1.2608307600021362, -1.0622024536132812, -1.826857089996338, -1.0526416301727295, 1.581573247909546, -3.4132590293884277, -0.2571386694908142, -1.0264394283294678, -0.28006425499916077, -1.6598292589187622, -1.9760907888412476, 2.4383835792541504, 2.6510047912597656, -1.4240599870681763, -0.5521734952926636, -3.186945915222168, -3.590045213699341, -0.41525205969810486, -0.4047163724899292, 1.5986039638519287, -0.8286691308021545, -1.7129147052764893, 0.009297352284193039, 1.2636898756027222, -0.38447320461273193, 0.2157248705625534, 1.8598310947418213, -7.496992588043213, -0.4323268234729767, -1.969442367553711, -1.5245862007141113, 0.05899112671613693, 0.3808022439479828, 0.6578878164291382, 4.541281700134277, -0.963469386100769, 4.376581192016602, -0.9813217520713806, -0.2638835310935974, 2.2889044284820557, -0.7999738454818726, -0.8298628926277161, -2.806130886077881, -2.3427085876464844, -2.056464672088623, 0.9111582040786743, -3.364354372024536, 0.036175597459077835, 0.5564473867416382, -0.4287465214729309, -2.8724796772003174, 0.057633500546216965, 2.2642650604248047, 1.2773795127868652, 0.11021480709314346, -0.23780418932437897, -2.2751142978668213, 0.3155592083930969, 0.7223665118217468, 2.2868220806121826, 1.8369771242141724, 1.2412848472595215, 1.487808346748352, -0.7092134952545166, 2.1821415424346924, -1.1376107931137085, -1.8406877517700195, -1.8875153064727783, 0.5376920700073242, -1.2890849113464355, 0.30239593982696533, 2.059725522994995, -2.195108413696289, 1.8166850805282593, 0.8199703097343445, -3.866034984588623, 2.7651901245117188, 1.5163620710372925, -2.9275476932525635, -2.376746892929077, 1.7340826988220215, 1.3685011863708496, -1.0845967531204224], "running_var": [50.48213577270508, 0.5294623374938965, 0.5518880486488342, 6.809333801269531, 0.7128837704658508, 0.05641578137874603, 0.0014554675435647368, 0.13520069420337677, 0.05562245100736618, 0.10546675324440002, 0.4403354823589325, 28.773090362548828, 0.411477267742157, 2.32245135307312, 0.16845710575580597, 0.38223084807395935, 70.62254333496094, 0.005438302177935839, 2.363976240158081, 0.16812527179718018, 608.6195678710938, 16.371089935302734, 0.11291482299566269, 1.121490478515625, 13.16301155090332, 58.23397445678711, 0.16475264728069305, 0.0033760566730052233, 0.0010383410844951868, 1.3822574615478516, 0.0031025991775095463, 0.02125534415245056, 0.2666808068752289, 0.03335375711321831, 16.96851348876953, 3.632922410964966, 2.6911096572875977, 0.010092022828757763, 0.005069388076663017, 0.022968042641878128, 0.13578076660633087, 1.1031155586242676, 113.15583801269531, 3.7383711338043213, 34.325965881347656, 0.1742636263370514, 0.01308693177998066, 0.010415916331112385, 12.91956901550293, 306.7326354980469, 1.1693732738494873, 1.487115502357483, 0.030178967863321304, 567.8362426757812, 52.48035430908203, 0.344003289937973, 0.033262353390455246, 0.9639570116996765, 66.34043884277344, 1.1379023790359497, 5.700562000274658, 0.0022908570244908333, 100.21139526367188, 0.010293206200003624, 3.801692485809326, 0.038478247821331024, 0.09010951220989227, 0.0015919163124635816, 0.6482210159301758, 0.014516341499984264, 423.5792236328125, 0.043259378522634506, 2.195573091506958, 0.0030995772685855627, 0.46637600660324097, 0.0031471073161810637, 89.9049301147461, 14.423133850097656, 0.08781836926937103, 0.003915749955922365, 0.2783861458301544, 0.7272638082504272, 0.09524940699338913, 7.940862655639648]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "eps": 1e-08, "momentum": 0.1, "num_features": 84}, "param_names": {}, "target": "torch.nn", "train_flags": [true, false, true, true]}}''')  # filled in by fuzz/report/repro.py


def decode(value):
    """A payload value as the harness had it (fuzz/model/numbers.py): JSON has no NaN/Inf, so 'nan',
    'inf', '-inf' stand for them, {"str": s} for a string s that would read as one, and
    {"np": dtype, "value": v} for a NumPy scalar (eps=numpy.float32(1e-5) is a use of its own)."""
    if isinstance(value, dict):
        if set(value) == {"str"}:
            return str(value["str"])
        if set(value) == {"np", "value"}:
            return np.dtype(value["np"]).type(decode(value["value"]))
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return float(value) if isinstance(value, str) and value in ("nan", "inf", "-inf") else value


def make_input(spec, shape, dtype):
    """The case's input, bit for bit as the harness made it (fuzz/model/case.py InputSpec.generate)."""
    size = int(np.prod(shape)) if shape else 1
    if spec.get("values") is not None:
        data = np.asarray([decode(v) for v in spec["values"]], dtype=np.float64).reshape(shape)
    else:
        offset, scale = float(decode(spec.get("offset", 0.0))), float(decode(spec.get("scale", 1.0)))
        rng = np.random.default_rng(spec.get("seed", 0))
        data = offset + scale * rng.standard_normal(size).reshape(shape)
        if len(shape) >= 2 and size:
            for channel in spec.get("constant_channels", []):
                if channel < shape[1]:
                    data[:, channel, ...] = offset + channel
            outliers = spec.get("outliers", 0)
            if outliers:
                flat = data.reshape(-1)
                picks = rng.choice(size, size=min(outliers, size), replace=False)
                flat[picks] = offset + scale * float(decode(spec.get("outlier_factor", 1e3)))
        flat = data.reshape(-1)
        for index, kind in spec.get("specials", []):
            if index < size:
                flat[index] = float(kind)
    with np.errstate(over="ignore", invalid="ignore"):
        return data.astype("float32" if dtype == "bfloat16" else dtype)  # NumPy has no bfloat16


def layout_source(values, layout):
    """The contiguous array a tensor is made from before the layout's view is taken (the harness's
    fuzz/execution/adapters/tensors.py): the values, their axes reversed, or a buffer twice as long
    on the last axis with the values in its even positions."""
    if values.size == 0 or layout == "contiguous" or (layout == "transposed" and values.ndim < 2) or values.ndim == 0:
        return values
    if layout == "transposed":
        return values.transpose(tuple(reversed(range(values.ndim)))).copy(order="C")
    buffer = np.zeros(values.shape[:-1] + (2 * values.shape[-1],), dtype=values.dtype)
    buffer[..., ::2] = values
    return buffer


def view(tensor, layout, rank, transpose):
    """The framework's own view of `layout_source`'s tensor: permuted back, or every second element."""
    if tensor.shape == () or 0 in tuple(tensor.shape) or layout == "contiguous" or (
            layout == "transposed" and rank < 2):
        return tensor
    if layout == "transposed":
        return transpose(tensor, tuple(reversed(range(rank))))
    return tensor[..., ::2]


def torch_numpy(tensor):
    tensor = tensor.detach()
    return (tensor.float() if str(tensor.dtype) == "torch.bfloat16" else tensor).numpy().copy()


def upstream(grad_seed, step, shape, dtype):
    """The fixed upstream gradient (fuzz/model/case.py Case.upstream_gradient); bfloat16 as float32."""
    return np.random.default_rng([grad_seed, step]).standard_normal(shape).astype(
        "float32" if dtype == "bfloat16" else dtype)


def run_torch(case, plan):
    import torch

    plan = decode(plan)
    kwargs = dict(plan["kwargs"])
    if "dtype" in kwargs:
        kwargs["dtype"] = getattr(torch, kwargs["dtype"])
    module = torch.nn.BatchNorm1d(**kwargs)
    with torch.no_grad():
        for name, value in plan["assigned_init"].items():
            getattr(module, name).copy_(torch.tensor(value, dtype=getattr(module, name).dtype))
    steps = []
    for index, (step, train) in enumerate(zip(case["steps"], plan["train_flags"])):
        module.train(bool(train))
        spec = step.get("input", {})
        source = torch.from_numpy(layout_source(make_input(spec, tuple(case["shape"]), case["dtype"]),
                                                spec.get("layout", "contiguous")))
        if case["dtype"] == "bfloat16":
            source = source.to(torch.bfloat16)
        x = view(source, spec.get("layout", "contiguous"), len(case["shape"]), lambda t, axes: t.permute(*axes))
        if case["grad"] and x.is_floating_point():
            x.requires_grad_(True)
        for p in module.parameters():
            p.grad = None
        y = module(x)
        out = {"output": torch_numpy(y),
               "running_mean": None if module.running_mean is None else torch_numpy(module.running_mean),
               "running_var": None if module.running_var is None else torch_numpy(module.running_var),
               "state": {k: torch_numpy(v) for k, v in module.state_dict().items()}}
        if x.requires_grad:
            gradient = upstream(case["grad_seed"], index, tuple(y.shape), str(y.dtype)[6:])
            y.backward(torch.from_numpy(gradient).to(y.dtype))
            out["grad_input"] = torch_numpy(x.grad)
            out["grad_weight"] = None if module.weight is None else module.weight.grad.numpy().copy()
            out["grad_bias"] = None if module.bias is None else module.bias.grad.numpy().copy()
        steps.append(out)
    return steps


def run_mindspore(case, plan):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import mindspore as ms
    ms.set_context(mode=ms.PYNATIVE_MODE, device_target=PAYLOAD["device_target"])
    plan = decode(plan)
    cls = ms.mint.nn.BatchNorm1d if plan["target"] == "mindspore.mint" else ms.nn.BatchNorm1d
    names = plan["param_names"]
    kwargs = dict(plan["kwargs"])
    if "dtype" in kwargs:
        kwargs["dtype"] = getattr(ms, kwargs["dtype"])
    param_dtype = kwargs.get("dtype", ms.float32)
    for name, value in plan["constructor_init"].items():
        kwargs[name] = ms.Tensor(np.asarray(value), dtype=param_dtype)
    cell = cls(**kwargs)
    for name, value in plan["assigned_init"].items():
        parameter = getattr(cell, name)
        parameter.set_data(ms.Tensor(np.asarray(value), dtype=parameter.dtype))
    if plan.get("checkpoint_init"):  # as a user loads saved state: a checkpoint file, by the names it holds
        import tempfile

        own = cell.parameters_dict()
        with tempfile.TemporaryDirectory() as scratch:
            path = scratch + "/initial.ckpt"
            ms.save_checkpoint([{"name": n, "data": ms.Tensor(np.asarray(v), dtype=own[n].dtype if n in own
                                                              else ms.float32)}
                                for n, v in plan["checkpoint_init"].items()], path)
            ms.load_param_into_net(cell, ms.load_checkpoint(path))
    trainable = [(n, getattr(cell, names[n], None)) for n in ("weight", "bias")]
    trainable = [(n, p) for n, p in trainable if p is not None and p.requires_grad]
    steps = []
    for index, (step, train) in enumerate(zip(case["steps"], plan["train_flags"])):
        if train is not None:
            cell.set_train(train)
        spec = step.get("input", {})
        source = layout_source(make_input(spec, tuple(case["shape"]), case["dtype"]), spec.get("layout", "contiguous"))
        source = ms.Tensor(source, dtype=ms.bfloat16) if case["dtype"] == "bfloat16" else ms.Tensor(source)
        x = view(source, spec.get("layout", "contiguous"), len(case["shape"]), lambda t, axes: t.transpose(*axes))
        out = {}
        if case["grad"] and case["dtype"].startswith("float"):
            weights = [p for _, p in trainable]
            y, pullback = ms.vjp(cell, x, weights=weights) if weights else ms.vjp(cell, x)
            grads = pullback(ms.Tensor(upstream(case["grad_seed"], index, tuple(y.shape),
                                                str(y.dtype).lower())).astype(y.dtype))
            if weights:
                (grad_x,), grad_params = grads
            else:
                grad_x, grad_params = (grads[0] if isinstance(grads, tuple) else grads), ()
            out["grad_input"] = grad_x.asnumpy().copy()
            out["grad_weight"] = out["grad_bias"] = None
            for (name, _), grad in zip(trainable, grad_params):
                out["grad_" + name] = grad.asnumpy().copy()
        else:
            y = cell(x)
        out["output"] = y.asnumpy().copy()
        for name in ("running_mean", "running_var"):
            value = getattr(cell, names[name], None)
            out[name] = None if value is None else value.asnumpy().copy()
        out["state"] = {k: p.asnumpy().copy() for k, p in cell.parameters_dict().items()}
        steps.append(out)
    return steps


def attempt(label, fn, *args):
    try:
        return fn(*args), None
    except Exception as exc:  # the framework's own rejection is part of what is compared
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        print(f"{label} raised {type(exc).__name__}: {message}")
        return None, exc


def array(payload_array):
    data = np.frombuffer(base64.b64decode(payload_array["data"]), dtype=np.float64)
    return data.reshape(payload_array["shape"])


def main():
    case, kind, step, quantity = PAYLOAD["case"], PAYLOAD["kind"], PAYLOAD["step"], PAYLOAD["quantity"]
    print(f"finding {PAYLOAD['id']} ({kind}): {PAYLOAD['summary']}")
    print(f"torch {__import__('torch').__version__}, mindspore {__import__('mindspore').__version__}, "
          f"numpy {np.__version__}")
    left, left_error = attempt("torch.nn", run_torch, case, PAYLOAD["torch_plan"])
    right, right_error = attempt(PAYLOAD["right_plan"]["target"], run_mindspore, case, PAYLOAD["right_plan"])
    if kind == "error_class":  # like the harness: both reject, with classes a porter's except clause tells apart
        if left_error is None or right_error is None:
            print("no difference: not both reject the case")
            return 0
        classes = [type(left_error).__name__, type(right_error).__name__]
        print(f"torch.nn raises {classes[0]}; {PAYLOAD['right_plan']['target']} raises {classes[1]}")
        differs = classes[0] != classes[1] and classes not in PAYLOAD["equivalent_exceptions"]
        print("DIFFERENCE PRESENT" if differs else "no difference: the exception classes correspond")
        return 1 if differs else 0
    if kind == "error_parity" or left_error or right_error:
        accepted = ["rejects" if e else "accepts" for e in (left_error, right_error)]
        print(f"torch.nn {accepted[0]} the case; {PAYLOAD['right_plan']['target']} {accepted[1]} it")
        differs = (left_error is None) != (right_error is None)
        print("DIFFERENCE PRESENT" if differs else "no difference: both accept or both reject")
        return 1 if differs else 0
    np.set_printoptions(precision=9, threshold=40, edgeitems=4)
    if kind == "state":
        return check_state(left, right, step)
    if kind == "nan_parity":  # like the harness: NaN/Inf placed differently in any quantity of the step
        differs = False
        for name in sorted(set(left[step]) & set(right[step])):
            a, b = left[step][name], right[step][name]
            if a is None or b is None or a.shape != b.shape:
                continue
            masks = [(np.isnan(v), np.isposinf(v), np.isneginf(v))
                     for v in (a.astype(np.float64), b.astype(np.float64))]
            if any(bool((m1 != m2).any()) for m1, m2 in zip(*masks)):
                differs = True
                print(f"{name} after step {step}: NaN/Inf positions differ")
                print("  torch.nn :", a)
                print("  other    :", b)
        print("DIFFERENCE PRESENT" if differs else f"NaN/Inf positions agree in every quantity of step {step}")
        return 1 if differs else 0
    a, b = left[step].get(quantity), right[step].get(quantity)
    print(f"{quantity} after step {step}:")
    print("  torch.nn :", a)
    print("  other    :", b)
    ref = array(PAYLOAD["reference"]) if PAYLOAD.get("reference") else None
    atol = np.asarray(PAYLOAD["atol"], dtype=np.float64)
    rtol = PAYLOAD["rtol"]
    if ref is None:
        diff = np.abs(a.astype(np.float64) - b.astype(np.float64))
        allowed = 2 * (atol.reshape((1, -1) + (1,) * (b.ndim - 2)) if b.ndim >= 2 else atol) + 2 * rtol * np.abs(b)
        ratio = float(np.nanmax(diff / allowed)) if diff.size else 0.0
        print(f"  |torch - other| / tolerance: {ratio:.3g}")
        return 1 if ratio > 1 else 0
    print("  reference:", ref)
    shaped = atol.reshape((1, -1) + (1,) * (ref.ndim - 2)) if ref.ndim >= 2 else atol
    allowed = shaped + rtol * np.abs(ref)
    ratios = []
    for name, value in (("torch.nn", a), ("other", b)):
        with np.errstate(all="ignore"):
            diff = np.abs(value.astype(np.float64) - ref)
            finite = np.isfinite(value) & np.isfinite(ref)
            ratio = float(np.max(np.where(finite, diff / allowed, 0.0))) if diff.size else 0.0
            if (np.isfinite(value) != np.isfinite(ref.astype(value.dtype))).any():
                ratio = float("inf")
        print(f"  {name}: max |error| {float(np.max(np.where(finite, diff, 0))) if diff.size else 0:.3g}, "
              f"error / tolerance {ratio:.3g}")
        ratios.append(ratio)
    several = PAYLOAD["several"]
    bad_left, bad_right = ratios
    # the harness's verdict (fuzz/oracle/verdict.py): one side out of tolerance and several times further off
    present = (bad_left > 1 or bad_right > 1) and not (bad_left == bad_right == float("inf")) and (
        bad_left >= several * bad_right or bad_right >= several * bad_left)
    print("DIFFERENCE PRESENT" if present else "no difference beyond tolerance")
    return 1 if present else 0


def check_state(left, right, step):
    """Like the harness: one entry of one side's state against its documentation, or kept by one side only."""
    spec = PAYLOAD["state"]
    print("harness:", spec["words"])
    sides = (left, right)
    state = sides[spec["side"]][step]["state"]
    other = sides[1 - spec["side"]][step]["state"]
    value = state.get(spec["name"])
    print(f"{spec['name']} after step {step}:", value)
    change = spec["change"]
    if change in ("missing", "unexpected"):
        present = (value is None) == (change == "missing")
    else:
        documented = None if spec["documented"] is None else np.asarray(decode(spec["documented"]), dtype=np.float64)
        print("  documented" if change != "one_sided" else "  started from", documented)
        if value is None or documented is None:
            present = value is None
        else:
            actual = value.astype(np.float64).reshape(-1)
            with np.errstate(invalid="ignore"):
                same = (actual == documented) | (np.isnan(actual) & np.isnan(documented)) | (
                    np.abs(actual - documented) <= 1e-3 * (np.abs(documented) + 1e-3 * np.nanmax(np.abs(documented))))
            present = not bool(same.all())
            if change == "one_sided":
                counterpart = [k for k in other if k == spec["torch_name"] or k == spec["name"]]
                print("  the other side's state:", sorted(other), "(no counterpart)" if not counterpart else "")
                present = present and not counterpart
    print("DIFFERENCE PRESENT" if present else "no difference: the state is as documented")
    return 1 if present else 0


if __name__ == "__main__":
    sys.exit(main())
