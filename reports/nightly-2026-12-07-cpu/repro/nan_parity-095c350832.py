"""Standalone reproduction of one BatchNorm1d finding (torch.nn vs MindSpore), made by the fuzz harness.

Needs only torch, mindspore and numpy (and, for a class named by import path, its package).
Rebuilds the case, runs both sides as the harness did (each in its execution mode: eager,
MindSpore's graph or jit mode, torch.compile), prints both results beside the float64 reference and
the difference, and exits 1 while the difference is present, 0 once it is gone.  Everything about
the case is in PAYLOAD below.
"""

import base64
import importlib
import json
import sys
import warnings

import numpy as np

PAYLOAD = json.loads(r'''{"atol": [0.015193505701223343, 0.02368597163200332, 0.01504997300171089, 0.010018328182139798, 0.01291281496175987, 0.03395086739950471, 0.014969535522322, 0.016267778535129028, 0.012682945303981157, 0.010830529504738434, 0.017975210348327064, 0.024768992379427444, 0.01433905598645277, 0.01110248420025022, 0.012766842958206558, 0.016879381565509447, 0.030747365772893945, 0.013023734247723722, 0.023038568495456213, 0.015509654754612507, 0.015752728270575327, 0.02112293670777469, 0.014033507046143198, 0.014659160080599578, 0.025683442649679273, 0.013901719134961918, 0.01631175817211792, 0.015542422126353136, 0.011401588199809016, 0.013922067616313418, 0.011730449493642433, 0.015072724083786038, 0.01830770746874969, 0.013240136523066763, 0.013223945721884222, 0.019983688446739877, 0.02029966839090345, 0.014284438111139804, 0.017569527824286446, 0.012534550657137152, 0.010651851093913495, 0.010294491955593258, 0.01829400132950437, 0.01693645308323583, 0.021785726309012644, 0.026033083276713005, 0.013115625866282102, 0.0098801711052909, 0.015019472123184148, 0.016713938744730008, 2.973894880121568, 2.9703288699115267, 0.027381577079671926, 0.011499242459596876, 0.014958661094182639, 0.019237567236372825, 0.01148549162440009, 0.02164381918868495, 0.015048439314499269, 0.015180616432564784, 0.013311831315196006, 0.018257622893459682, 0.018118991377097944, 0.012497044216233589, 0.01979137981440989, 0.015871647318104906, 0.013360583503041257, 0.013448079291337324, 0.019310346560984428, 0.0481677779708296, 0.01624915620945244, 0.010864059688608504, 0.01997219026715542, 0.01270658478526087, 0.011847831568627225, 0.015216693498822128, 0.011860921208206757, 0.014953155444206273], "case": {"affine": true, "bias": [-0.7198033928871155, 3.024036407470703, -1.5052505731582642, -0.22077198326587677, -0.582641065120697, -0.3615972399711609, 1.007536768913269, -1.6039916276931763, 0.5366473197937012, 0.17365580797195435, 1.6329487562179565, 2.4146173000335693, 0.4487024247646332, -0.4865221083164215, -0.9039635062217712, 1.2603591680526733, 5.065229892730713, -1.0235974788665771, -3.1140549182891846, 1.2760164737701416, -1.4635086059570312, 2.592524528503418, -1.2128223180770874, -1.199369192123413, -4.3050079345703125, 1.1434866189956665, 1.4601542949676514, -1.009082555770874, 0.17924238741397858, 1.3663294315338135, 0.743003785610199, 1.192778468132019, -2.074016809463501, 0.9522746205329895, -0.6685248017311096, -1.79096257686615, -2.7835693359375, -0.835560142993927, -1.8146635293960571, -0.9231851100921631, 0.2765936255455017, 0.13402511179447174, 2.1747395992279053, 1.1838550567626953, -3.1208763122558594, 4.030860424041748, -0.460162490606308, -0.1987135410308838, -1.3115607500076294, 1.1090483665466309, 0.9751701354980469, 0.8626149892807007, 4.452114105224609, -0.23824448883533478, 1.2650165557861328, -2.4535844326019287, 0.6038156747817993, -2.307514190673828, -1.453825831413269, 1.5189038515090942, 0.8305854797363281, 1.7109729051589966, 2.039719581604004, -0.5412462949752808, 1.9778074026107788, 1.6391701698303223, -0.4927248954772949, -1.2302132844924927, -2.517868995666504, -4.001138210296631, 1.498305320739746, 0.26745375990867615, 2.7376914024353027, 0.5008634924888611, -0.8346140384674072, 1.4439276456832886, 0.5146482586860657, -0.9512871503829956], "dtype": "float16", "eps": 1e-05, "grad": true, "grad_seed": 59077, "mindspore": {}, "momentum": 0.1, "num_features": null, "omit": ["eps", "momentum"], "param_dtype": null, "rules_off": [], "running_mean": [1.0907703638076782, -2.2626659870147705, -2.5592384338378906, 1.9424785375595093, 2.63761043548584, 3.507002592086792, -2.1349594593048096, -0.402120441198349, -2.1869301795959473, -0.04689374938607216, 0.836304783821106, -3.708848476409912, -5.064668655395508, -1.1095221042633057, 0.19874003529548645, -1.1673647165298462, -0.936132550239563, -2.616373062133789, 2.1773946285247803, -0.9941824078559875, 0.5337299704551697, 0.4341541826725006, -1.4849066734313965, -0.8657556176185608, 0.7459539175033569, -1.1437793970108032, -0.4394530653953552, -0.8081965446472168, 0.3290230929851532, 1.4314501285552979, 2.4370696544647217, -4.030784606933594, 0.1826377958059311, 0.8507634997367859, 4.593451023101807, -1.3754277229309082, -4.471519470214844, 0.5424385666847229, 1.7552151679992676, 2.247037887573242, -3.2074661254882812, 0.9481598734855652, 0.9436335563659668, 5.039923191070557, -0.7410861849784851, 0.046011753380298615, -1.4120352268218994, 0.35349828004837036, -2.877528667449951, -2.3816001415252686, -2.490104913711548, -2.5234897136688232, -1.2912520170211792, 0.23439279198646545, -1.2752618789672852, -0.6141957640647888, 2.280982255935669, -0.456780344247818, -0.09839737415313721, 0.23062770068645477, -0.2618190050125122, 1.722993016242981, -1.5533422231674194, 0.7489151954650879, 2.364154815673828, 2.396559238433838, -2.2972607612609863, 1.95094895362854, -0.7399154305458069, 2.1892013549804688, -0.47747480869293213, -0.3518296778202057, 1.7134040594100952, -1.3581507205963135, -0.6488650441169739, -1.2084782123565674, 0.39656344056129456, 2.1899421215057373], "running_var": [772.8604125976562, 0.005824997089803219, 27.244598388671875, 0.08731444925069809, 0.928991436958313, 46.87921905517578, 7.639067649841309, 738.801513671875, 77.47887420654297, 145.6767120361328, 0.12704306840896606, 0.1273045390844345, 0.0023335840087383986, 0.010076485574245453, 30.826929092407227, 0.003685856005176902, 0.0017712623812258244, 0.001259869197383523, 0.0065233297646045685, 283.2456359863281, 3.877615451812744, 304.61041259765625, 3.492462158203125, 4.871757507324219, 0.01653548888862133, 0.042780667543411255, 186.3788299560547, 0.018444212153553963, 0.36838680505752563, 8.086642265319824, 0.5680046081542969, 0.09951873123645782, 3.618607759475708, 0.06315674632787704, 844.4396362304688, 0.014057953841984272, 0.32190340757369995, 0.034190334379673004, 22.91489601135254, 0.006504077464342117, 0.03213462233543396, 41.28425216674805, 0.7165741324424744, 0.05453946813941002, 19.857967376708984, 3.225015163421631, 1.6955171823501587, 0.0026282162871211767, 0.2721683979034424, 358.3232421875, 0.019169649109244347, 0.8912869095802307, 309.6146240234375, 0.001490689581260085, 767.5078125, 0.14508453011512756, 1.5132614374160767, 0.04902041703462601, 0.005933753680437803, 0.0010072640143334866, 0.14789503812789917, 0.003725217655301094, 0.07271513342857361, 782.2753295898438, 0.9447381496429443, 578.3950805664062, 26.117298126220703, 0.015883546322584152, 8.744569778442383, 4.674424648284912, 0.005055492743849754, 0.02697400562465191, 10.731382369995117, 139.72518920898438, 0.001825979445129633, 0.0026671187952160835, 0.36400100588798523, 0.11464668065309525], "schema": 1, "shape": [70, 78], "steps": [{"input": {"constant_channels": [37], "offset": 100.0, "scale": 0.01, "seed": 921}, "mode": "train"}, {"input": {"constant_channels": [50, 51], "offset": -1000.0, "outlier_factor": 290.0, "outliers": 2, "scale": 100.0, "seed": 722096}, "mode": "train"}, {"input": {"constant_channels": [50, 51], "offset": -1000.0, "outlier_factor": 290.0, "outliers": 2, "scale": 100.0, "seed": 331}, "mode": "eval"}, {"input": {"constant_channels": [50, 51], "layout": "strided", "offset": -1000.0, "outlier_factor": 290.0, "outliers": 2, "scale": 100.0, "seed": 6851}, "mode": "train"}, {"input": {"constant_channels": [65], "outlier_factor": 300.0, "outliers": 2, "scale": 100.0, "seed": 1580527620}, "mode": "eval"}, {"input": {"constant_channels": [65], "layout": "strided", "outlier_factor": 300.0, "outliers": 2, "scale": 100.0, "seed": 290}, "mode": "eval"}], "threads": 0, "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "nan_parity-095c350832", "kind": "nan_parity", "quantity": "output", "reference": null, "rtol": 0.001, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"bias": [-0.7198033928871155, 3.024036407470703, -1.5052505731582642, -0.22077198326587677, -0.582641065120697, -0.3615972399711609, 1.007536768913269, -1.6039916276931763, 0.5366473197937012, 0.17365580797195435, 1.6329487562179565, 2.4146173000335693, 0.4487024247646332, -0.4865221083164215, -0.9039635062217712, 1.2603591680526733, 5.065229892730713, -1.0235974788665771, -3.1140549182891846, 1.2760164737701416, -1.4635086059570312, 2.592524528503418, -1.2128223180770874, -1.199369192123413, -4.3050079345703125, 1.1434866189956665, 1.4601542949676514, -1.009082555770874, 0.17924238741397858, 1.3663294315338135, 0.743003785610199, 1.192778468132019, -2.074016809463501, 0.9522746205329895, -0.6685248017311096, -1.79096257686615, -2.7835693359375, -0.835560142993927, -1.8146635293960571, -0.9231851100921631, 0.2765936255455017, 0.13402511179447174, 2.1747395992279053, 1.1838550567626953, -3.1208763122558594, 4.030860424041748, -0.460162490606308, -0.1987135410308838, -1.3115607500076294, 1.1090483665466309, 0.9751701354980469, 0.8626149892807007, 4.452114105224609, -0.23824448883533478, 1.2650165557861328, -2.4535844326019287, 0.6038156747817993, -2.307514190673828, -1.453825831413269, 1.5189038515090942, 0.8305854797363281, 1.7109729051589966, 2.039719581604004, -0.5412462949752808, 1.9778074026107788, 1.6391701698303223, -0.4927248954772949, -1.2302132844924927, -2.517868995666504, -4.001138210296631, 1.498305320739746, 0.26745375990867615, 2.7376914024353027, 0.5008634924888611, -0.8346140384674072, 1.4439276456832886, 0.5146482586860657, -0.9512871503829956], "running_mean": [1.0907703638076782, -2.2626659870147705, -2.5592384338378906, 1.9424785375595093, 2.63761043548584, 3.507002592086792, -2.1349594593048096, -0.402120441198349, -2.1869301795959473, -0.04689374938607216, 0.836304783821106, -3.708848476409912, -5.064668655395508, -1.1095221042633057, 0.19874003529548645, -1.1673647165298462, -0.936132550239563, -2.616373062133789, 2.1773946285247803, -0.9941824078559875, 0.5337299704551697, 0.4341541826725006, -1.4849066734313965, -0.8657556176185608, 0.7459539175033569, -1.1437793970108032, -0.4394530653953552, -0.8081965446472168, 0.3290230929851532, 1.4314501285552979, 2.4370696544647217, -4.030784606933594, 0.1826377958059311, 0.8507634997367859, 4.593451023101807, -1.3754277229309082, -4.471519470214844, 0.5424385666847229, 1.7552151679992676, 2.247037887573242, -3.2074661254882812, 0.9481598734855652, 0.9436335563659668, 5.039923191070557, -0.7410861849784851, 0.046011753380298615, -1.4120352268218994, 0.35349828004837036, -2.877528667449951, -2.3816001415252686, -2.490104913711548, -2.5234897136688232, -1.2912520170211792, 0.23439279198646545, -1.2752618789672852, -0.6141957640647888, 2.280982255935669, -0.456780344247818, -0.09839737415313721, 0.23062770068645477, -0.2618190050125122, 1.722993016242981, -1.5533422231674194, 0.7489151954650879, 2.364154815673828, 2.396559238433838, -2.2972607612609863, 1.95094895362854, -0.7399154305458069, 2.1892013549804688, -0.47747480869293213, -0.3518296778202057, 1.7134040594100952, -1.3581507205963135, -0.6488650441169739, -1.2084782123565674, 0.39656344056129456, 2.1899421215057373], "running_var": [772.8604125976562, 0.005824997089803219, 27.244598388671875, 0.08731444925069809, 0.928991436958313, 46.87921905517578, 7.639067649841309, 738.801513671875, 77.47887420654297, 145.6767120361328, 0.12704306840896606, 0.1273045390844345, 0.0023335840087383986, 0.010076485574245453, 30.826929092407227, 0.003685856005176902, 0.0017712623812258244, 0.001259869197383523, 0.0065233297646045685, 283.2456359863281, 3.877615451812744, 304.61041259765625, 3.492462158203125, 4.871757507324219, 0.01653548888862133, 0.042780667543411255, 186.3788299560547, 0.018444212153553963, 0.36838680505752563, 8.086642265319824, 0.5680046081542969, 0.09951873123645782, 3.618607759475708, 0.06315674632787704, 844.4396362304688, 0.014057953841984272, 0.32190340757369995, 0.034190334379673004, 22.91489601135254, 0.006504077464342117, 0.03213462233543396, 41.28425216674805, 0.7165741324424744, 0.05453946813941002, 19.857967376708984, 3.225015163421631, 1.6955171823501587, 0.0026282162871211767, 0.2721683979034424, 358.3232421875, 0.019169649109244347, 0.8912869095802307, 309.6146240234375, 0.001490689581260085, 767.5078125, 0.14508453011512756, 1.5132614374160767, 0.04902041703462601, 0.005933753680437803, 0.0010072640143334866, 0.14789503812789917, 0.003725217655301094, 0.07271513342857361, 782.2753295898438, 0.9447381496429443, 578.3950805664062, 26.117298126220703, 0.015883546322584152, 8.744569778442383, 4.674424648284912, 0.005055492743849754, 0.02697400562465191, 10.731382369995117, 139.72518920898438, 0.001825979445129633, 0.0026671187952160835, 0.36400100588798523, 0.11464668065309525]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "num_features": 78, "track_running_stats": true}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [true, true, false, true, false, false]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn", "mode": "eager", "plan": {"assigned_init": {"beta": [-0.7198033928871155, 3.024036407470703, -1.5052505731582642, -0.22077198326587677, -0.582641065120697, -0.3615972399711609, 1.007536768913269, -1.6039916276931763, 0.5366473197937012, 0.17365580797195435, 1.6329487562179565, 2.4146173000335693, 0.4487024247646332, -0.4865221083164215, -0.9039635062217712, 1.2603591680526733, 5.065229892730713, -1.0235974788665771, -3.1140549182891846, 1.2760164737701416, -1.4635086059570312, 2.592524528503418, -1.2128223180770874, -1.199369192123413, -4.3050079345703125, 1.1434866189956665, 1.4601542949676514, -1.009082555770874, 0.17924238741397858, 1.3663294315338135, 0.743003785610199, 1.192778468132019, -2.074016809463501, 0.9522746205329895, -0.6685248017311096, -1.79096257686615, -2.7835693359375, -0.835560142993927, -1.8146635293960571, -0.9231851100921631, 0.2765936255455017, 0.13402511179447174, 2.1747395992279053, 1.1838550567626953, -3.1208763122558594, 4.030860424041748, -0.460162490606308, -0.1987135410308838, -1.3115607500076294, 1.1090483665466309, 0.9751701354980469, 0.8626149892807007, 4.452114105224609, -0.23824448883533478, 1.2650165557861328, -2.4535844326019287, 0.6038156747817993, -2.307514190673828, -1.453825831413269, 1.5189038515090942, 0.8305854797363281, 1.7109729051589966, 2.039719581604004, -0.5412462949752808, 1.9778074026107788, 1.6391701698303223, -0.4927248954772949, -1.2302132844924927, -2.517868995666504, -4.001138210296631, 1.498305320739746, 0.26745375990867615, 2.7376914024353027, 0.5008634924888611, -0.8346140384674072, 1.4439276456832886, 0.5146482586860657, -0.9512871503829956], "moving_mean": [1.0907703638076782, -2.2626659870147705, -2.5592384338378906, 1.9424785375595093, 2.63761043548584, 3.507002592086792, -2.1349594593048096, -0.402120441198349, -2.1869301795959473, -0.04689374938607216, 0.836304783821106, -3.708848476409912, -5.064668655395508, -1.1095221042633057, 0.19874003529548645, -1.1673647165298462, -0.936132550239563, -2.616373062133789, 2.1773946285247803, -0.9941824078559875, 0.5337299704551697, 0.4341541826725006, -1.4849066734313965, -0.8657556176185608, 0.7459539175033569, -1.1437793970108032, -0.4394530653953552, -0.8081965446472168, 0.3290230929851532, 1.4314501285552979, 2.4370696544647217, -4.030784606933594, 0.1826377958059311, 0.8507634997367859, 4.593451023101807, -1.3754277229309082, -4.471519470214844, 0.5424385666847229, 1.7552151679992676, 2.247037887573242, -3.2074661254882812, 0.9481598734855652, 0.9436335563659668, 5.039923191070557, -0.7410861849784851, 0.046011753380298615, -1.4120352268218994, 0.35349828004837036, -2.877528667449951, -2.3816001415252686, -2.490104913711548, -2.5234897136688232, -1.2912520170211792, 0.23439279198646545, -1.2752618789672852, -0.6141957640647888, 2.280982255935669, -0.456780344247818, -0.09839737415313721, 0.23062770068645477, -0.2618190050125122, 1.722993016242981, -1.5533422231674194, 0.7489151954650879, 2.364154815673828, 2.396559238433838, -2.2972607612609863, 1.95094895362854, -0.7399154305458069, 2.1892013549804688, -0.47747480869293213, -0.3518296778202057, 1.7134040594100952, -1.3581507205963135, -0.6488650441169739, -1.2084782123565674, 0.39656344056129456, 2.1899421215057373], "moving_variance": [772.8604125976562, 0.005824997089803219, 27.244598388671875, 0.08731444925069809, 0.928991436958313, 46.87921905517578, 7.639067649841309, 738.801513671875, 77.47887420654297, 145.6767120361328, 0.12704306840896606, 0.1273045390844345, 0.0023335840087383986, 0.010076485574245453, 30.826929092407227, 0.003685856005176902, 0.0017712623812258244, 0.001259869197383523, 0.0065233297646045685, 283.2456359863281, 3.877615451812744, 304.61041259765625, 3.492462158203125, 4.871757507324219, 0.01653548888862133, 0.042780667543411255, 186.3788299560547, 0.018444212153553963, 0.36838680505752563, 8.086642265319824, 0.5680046081542969, 0.09951873123645782, 3.618607759475708, 0.06315674632787704, 844.4396362304688, 0.014057953841984272, 0.32190340757369995, 0.034190334379673004, 22.91489601135254, 0.006504077464342117, 0.03213462233543396, 41.28425216674805, 0.7165741324424744, 0.05453946813941002, 19.857967376708984, 3.225015163421631, 1.6955171823501587, 0.0026282162871211767, 0.2721683979034424, 358.3232421875, 0.019169649109244347, 0.8912869095802307, 309.6146240234375, 0.001490689581260085, 767.5078125, 0.14508453011512756, 1.5132614374160767, 0.04902041703462601, 0.005933753680437803, 0.0010072640143334866, 0.14789503812789917, 0.003725217655301094, 0.07271513342857361, 782.2753295898438, 0.9447381496429443, 578.3950805664062, 26.117298126220703, 0.015883546322584152, 8.744569778442383, 4.674424648284912, 0.005055492743849754, 0.02697400562465191, 10.731382369995117, 139.72518920898438, 0.001825979445129633, 0.0026671187952160835, 0.36400100588798523, 0.11464668065309525]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "num_features": 78}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, true, false, true, false, false]}}], "step": 3, "summary": "BatchNorm1d(78, affine=True, track_running_stats=True) on (70, 78) float16, train x2, eval, train, eval x2 (grad; input layouts contiguous,contiguous,contiguous,strided,contiguous,strided; torch threads: default)", "torch_threads": 2}''')  # filled in by fuzz/report/repro.py


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


def set_torch_threads(case):
    """torch's intra-op threads as the harness ran the case (fuzz/execution/adapters/torch_nn.py): one
    unless the case says otherwise, and threads=0 leaves torch's own default (all cores)."""
    import torch

    threads = case.get("threads", 1)
    if threads:
        torch.set_num_threads(threads)
    return torch.get_num_threads()


def load_class(path):
    """The class `module:Class` names (a dotted Class reaches a nested one)."""
    module_name, _, qualname = path.partition(":")
    found = importlib.import_module(module_name)
    for part in qualname.split("."):
        found = getattr(found, part)
    return found


def framework_of(side):
    """torch or mindspore: the API's, or for a class by import path its declaration or base class."""
    if side["framework"] != "imported":
        return side["framework"]
    cls = load_class(side["class"])
    declared = getattr(cls, "bn_difffuzz_framework", None)
    if declared:
        return declared
    import torch

    return "torch" if issubclass(cls, torch.nn.Module) else "mindspore"


def run_side(case, side):
    return (run_torch if framework_of(side) == "torch" else run_mindspore)(case, side)


def run_torch(case, side):
    import torch

    plan = decode(side["plan"])
    kwargs = dict(plan["kwargs"])
    if "dtype" in kwargs:
        kwargs["dtype"] = getattr(torch, kwargs["dtype"])
    module = load_class(side["class"])(**kwargs)
    with torch.no_grad():
        for name, value in plan["assigned_init"].items():
            getattr(module, name).copy_(torch.tensor(value, dtype=getattr(module, name).dtype))
    call = torch.compile(module) if side["mode"] == "compile" else module  # as the harness: the default inductor
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
        y = call(x)
        out = {"output": torch_numpy(y),
               "running_mean": None if module.running_mean is None else torch_numpy(module.running_mean),
               "running_var": None if module.running_var is None else torch_numpy(module.running_var),
               "state": {k: torch_numpy(v) for k, v in module.state_dict().items()}}
        if x.requires_grad:
            gradient = upstream(case["grad_seed"], index, tuple(y.shape), str(y.dtype)[6:])
            y.backward(torch.from_numpy(gradient).to(y.dtype))
            out["grad_input"] = torch_numpy(x.grad)
            out["grad_weight"] = None if module.weight is None else torch_numpy(module.weight.grad)
            out["grad_bias"] = None if module.bias is None else torch_numpy(module.bias.grad)
        steps.append(out)
    return steps


def mindspore_step(ms, cell, weights, mode):
    """A step with gradients, one call: mindspore.vjp of the Cell pulled back with the upstream gradient;
    in graph mode a Cell whose construct does it, in jit mode a mindspore.jit function, else as it is."""
    parameters = ms.ParameterTuple(weights) if weights else None

    def step(x, upstream_gradient):
        if parameters is None:
            y, pullback = ms.vjp(cell, x)
        else:
            y, pullback = ms.vjp(cell, x, weights=parameters)
        return y, pullback(upstream_gradient)

    if mode == "jit":
        return ms.jit(step)
    if mode != "graph":
        return step

    class Step(ms.nn.Cell):
        def __init__(self):
            super().__init__(auto_prefix=False)  # the BatchNorm Cell's parameters keep their names
            self.net, self.parameters = cell, parameters

        def construct(self, x, upstream_gradient):
            if self.parameters is None:
                y, pullback = ms.vjp(self.net, x)
            else:
                y, pullback = ms.vjp(self.net, x, weights=self.parameters)
            return y, pullback(upstream_gradient)

    return Step()


def run_mindspore(case, side):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import mindspore as ms
    mode = side["mode"]
    ms.set_context(mode=ms.GRAPH_MODE if mode == "graph" else ms.PYNATIVE_MODE, device_target=PAYLOAD["device_target"])
    plan = decode(side["plan"])
    cls = load_class(side["class"])
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
    weights = [p for _, p in trainable]
    steps, calls = [], {}
    for index, (step, train) in enumerate(zip(case["steps"], plan["train_flags"])):
        if train is not None:
            cell.set_train(train)
        spec = step.get("input", {})
        source = layout_source(make_input(spec, tuple(case["shape"]), case["dtype"]), spec.get("layout", "contiguous"))
        source = ms.Tensor(source, dtype=ms.bfloat16) if case["dtype"] == "bfloat16" else ms.Tensor(source)
        x = view(source, spec.get("layout", "contiguous"), len(case["shape"]), lambda t, axes: t.transpose(*axes))
        out = {}
        grad = case["grad"] and case["dtype"].startswith("float")
        key = (bool(cell.training), grad)  # a compiled callable per train/eval mode, as the harness keeps them
        if key not in calls:
            calls[key] = mindspore_step(ms, cell, weights, mode) if grad else (
                ms.jit(lambda t: cell(t)) if mode == "jit" else cell)
        if grad:
            if mode == "eager":  # the upstream gradient in the output's dtype, made after the forward
                y, pullback = ms.vjp(cell, x, weights=weights) if weights else ms.vjp(cell, x)
                grads = pullback(ms.Tensor(upstream(case["grad_seed"], index, tuple(y.shape),
                                                    str(y.dtype).lower())).astype(y.dtype))
            else:  # compiled: one call takes it in, made for the input's shape and dtype (the output's)
                y, grads = calls[key](x, ms.Tensor(upstream(case["grad_seed"], index, tuple(x.shape),
                                                            str(x.dtype).lower())))
            if weights:
                (grad_x,), grad_params = grads
            else:
                grad_x, grad_params = (grads[0] if isinstance(grads, tuple) else grads), ()
            out["grad_input"] = grad_x.asnumpy().copy()
            out["grad_weight"] = out["grad_bias"] = None
            for (name, _), grad_param in zip(trainable, grad_params):
                out["grad_" + name] = grad_param.asnumpy().copy()
        else:
            y = calls[key](x)
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
    threads, harness_threads = set_torch_threads(case), PAYLOAD.get("torch_threads")
    print(f"torch intra-op threads: {threads}" + ("" if case.get("threads", 1) else " (torch's default here)")
          + ("" if harness_threads in (None, threads) else f"; the harness ran it with {harness_threads}"))
    left_side, right_side = PAYLOAD["sides"]
    names = [side["label"] + ("" if side["mode"] == "eager" else f" ({side['mode']} mode)")
             for side in (left_side, right_side)]
    left, left_error = attempt(names[0], run_side, case, left_side)
    right, right_error = attempt(names[1], run_side, case, right_side)
    if kind == "error_class":  # like the harness: both reject, with classes a porter's except clause tells apart
        if left_error is None or right_error is None:
            print("no difference: not both reject the case")
            return 0
        classes = [type(left_error).__name__, type(right_error).__name__]
        print(f"{names[0]} raises {classes[0]}; {names[1]} raises {classes[1]}")
        differs = classes[0] != classes[1] and classes not in PAYLOAD["equivalent_exceptions"]
        print("DIFFERENCE PRESENT" if differs else "no difference: the exception classes correspond")
        return 1 if differs else 0
    if kind == "error_parity" or left_error or right_error:
        accepted = ["rejects" if e else "accepts" for e in (left_error, right_error)]
        print(f"{names[0]} {accepted[0]} the case; {names[1]} {accepted[1]} it")
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
                print(f"  {names[0]}:", a)
                print(f"  {names[1]}:", b)
        print("DIFFERENCE PRESENT" if differs else f"NaN/Inf positions agree in every quantity of step {step}")
        return 1 if differs else 0
    a, b = left[step].get(quantity), right[step].get(quantity)
    print(f"{quantity} after step {step}:")
    print(f"  {names[0]}:", a)
    print(f"  {names[1]}:", b)
    ref = array(PAYLOAD["reference"]) if PAYLOAD.get("reference") else None
    row = (PAYLOAD.get("reference") or {}).get("row")
    if row is not None:  # a large batch: the reference of the batch row the harness's evidence is in
        print(f"  (judged on batch row {row}, where the harness found the worst error)")
        a, b = a[row:row + 1], b[row:row + 1]
    atol = np.asarray(PAYLOAD["atol"], dtype=np.float64)
    rtol = PAYLOAD["rtol"]
    if ref is None:
        diff = np.abs(a.astype(np.float64) - b.astype(np.float64))
        allowed = 2 * (atol.reshape((1, -1) + (1,) * (b.ndim - 2)) if b.ndim >= 2 else atol) + 2 * rtol * np.abs(b)
        ratio = float(np.nanmax(diff / allowed)) if diff.size else 0.0
        print(f"  |{names[0]} - {names[1]}| / tolerance: {ratio:.3g}")
        return 1 if ratio > 1 else 0
    print("  reference:", ref)
    shaped = atol.reshape((1, -1) + (1,) * (ref.ndim - 2)) if ref.ndim >= 2 else atol
    allowed = shaped + rtol * np.abs(ref)
    ratios = []
    for name, value in ((names[0], a), (names[1], b)):
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
