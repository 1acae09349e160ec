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

PAYLOAD = json.loads(r'''{"atol": [422380483.2843283, 372777.88451468153, 411310911.7684227, 158277.69897676553, 446843131.8818643, 659710.7224523793, 7255475.874856917, 250096.78582656453, 183042.4546819997, 5726107.3266665125, 915091.3956907348, 11266558.360296382, 451641135.92875665, 414202312.98028016, 444743.69403930724, 409578369.42697585, 391425.4671193101, 441542030.64279604, 253216762.87353376, 225740786.04509255, 823597.6434544604, 135838414.22374532, 439274709.8423325, 73459025.39111325, 126019.65867909268, 428254470.9363931, 234620.11678043954, 4525330.336621629, 1311082.8307268554, 53714859.52957605, 364737917.4460776, 1e+308, 10858174.553693874, 332163597.4649718, 471079272.6186396, 434150875.8532269, 1648313.7900194936, 220919979.422004, 36585.290334432015, 414663031.00710523, 195987001.50002846, 51212851.00099345, 1e+308, 452977226.7496817, 1405344.0561952055, 522715709.5303059, 1e+308, 281696702.47440845, 68029258.27200295, 1e+308, 16439977.012703111, 143529095.86363602, 245198945.68460038, 51017815.644078925, 431481761.9024703, 1564038.5195298407, 134089999.90370989, 442741693.53174406, 455890763.0654958, 430336551.961198, 408012464.6669683, 427609403.1715435, 1376179.286824611, 283887091.8401937], "case": {"affine": true, "bias": [-0.11512622982263565, 1.051660418510437, 0.6693533658981323, -3.0794124603271484, 1.8521565198898315, 4.311739444732666, -0.345350444316864, 0.8005399107933044, 0.6894564628601074, -1.845247507095337, -1.8556420803070068, -2.8310303688049316, -1.6254494190216064, -1.9975671768188477, 3.5945067405700684, 3.6126718521118164, 0.4904424250125885, 1.7379324436187744, 4.555111408233643, 0.6858211159706116, 0.135354682803154, 1.631870150566101, -1.3052860498428345, -1.305684208869934, -1.952892541885376, -4.158942699432373, -0.59987872838974, 2.942650079727173, -0.8992255926132202, -0.7622014880180359, -1.0581961870193481, -3.2408833503723145, -0.8616161942481995, -4.195222854614258, -0.9238396883010864, 2.7136478424072266, -2.3651113510131836, -4.3537678718566895, -1.2295417785644531, -1.7943031787872314, 0.36168670654296875, 2.428062915802002, -0.5722866654396057, -0.0903826653957367, -1.0574220418930054, -0.8099931478500366, 1.4029597043991089, 0.01341137196868658, -0.5892831087112427, -1.2357771396636963, 0.4435408413410187, 0.42178407311439514, -2.160508632659912, -4.498477458953857, 0.20062801241874695, 2.307215452194214, -0.4101046025753021, 0.52829509973526, -0.4360789656639099, 0.899484395980835, 3.6655752658843994, -1.4163036346435547, -3.3635306358337402, -3.5563652515411377], "dtype": "float32", "eps": 1.0, "grad": true, "grad_seed": 12328, "mindspore": {"data_format": "NCHW"}, "momentum": 0.1, "num_features": null, "omit": ["momentum"], "param_dtype": "float32", "rules_off": [], "running_mean": null, "running_var": [0.0013763455208390951, 137.34120178222656, 0.17331454157829285, 243.54246520996094, 0.0019050720147788525, 92.29399108886719, 17.404172897338867, 0.03239874169230461, 47.93124008178711, 21.336668014526367, 75.46365356445312, 13.057969093322754, 0.001972358673810959, 0.022288648411631584, 122.22980499267578, 0.07426441460847855, 132.60276794433594, 0.006134498864412308, 0.6509879231452942, 0.698545515537262, 80.78042602539062, 1.3967726230621338, 0.01085364818572998, 2.8215839862823486, 284.95269775390625, 0.011668588034808636, 186.41355895996094, 25.222883224487305, 58.782081604003906, 3.680211305618286, 0.1802542805671692, 0.005518659483641386, 13.423727989196777, 0.2696552276611328, 0.005937208887189627, 0.05270170047879219, 49.80439376831055, 0.7167910933494568, 673.7176513671875, 0.017200063914060593, 0.8250195384025574, 3.840662956237793, 1.2742016315460205, 0.006852942518889904, 53.61359786987305, 0.0010062844958156347, 160.4011688232422, 0.3764018416404724, 3.0423240661621094, 0.24859265983104706, 10.11634635925293, 1.4482303857803345, 0.6140543818473816, 3.927993059158325, 0.03363607078790665, 50.25942611694336, 1.4758656024932861, 0.0055779521353542805, 0.004602971486747265, 0.008955717086791992, 0.0013232541969045997, 0.01887570507824421, 53.698360443115234, 0.3699492812156677], "schema": 1, "shape": [625, 64], "steps": [{"input": {"constant_channels": [2, 28, 45], "layout": "transposed", "offset": 10000000.0, "outliers": 2, "seed": 380, "specials": [[2090, "nan"]]}, "mode": "train"}, {"input": {"offset": 100000.0, "outliers": 2, "scale": 0.1, "seed": 495631266, "specials": [[942, "inf"], [6175, "inf"], [177, "inf"]]}, "mode": "eval"}, {"input": {"offset": 100000.0, "outliers": 2, "scale": 0.1, "seed": 7464, "specials": [[221, "inf"], [20172, "inf"], [9178, "inf"]]}, "mode": "eval"}, {"input": {"constant_channels": [51], "layout": "strided", "offset": -10000.0, "outliers": 2, "seed": 2230, "specials": [[35075, "-inf"]]}, "mode": "train"}, {"input": {"constant_channels": [51], "offset": -10000.0, "outliers": 2, "seed": 1237, "specials": [[10000, "nan"], [130, "nan"], [431, "nan"]]}, "mode": "eval"}, {"input": {"constant_channels": [24], "offset": -100.0, "outliers": 3, "scale": 0.001, "specials": [[1539, "inf"], [23208, "inf"]]}, "mode": "eval"}], "track_running_stats": true, "weight": [-1.0652282238006592, -1.4498831033706665, -0.7781291007995605, 2.310297966003418, 0.742371141910553, -2.747884750366211, 2.3183960914611816, 1.8741822242736816, 1.0889114141464233, -1.6123898029327393, 2.053109645843506, -0.4739880859851837, 2.915395975112915, -0.2833719551563263, 0.14147154986858368, -0.3461986482143402, 0.5011048913002014, 1.358486294746399, 1.776477336883545, -2.354328155517578, 1.176112174987793, -2.7769570350646973, 1.6961240768432617, 1.224029302597046, -1.7186793088912964, 0.04125857725739479, 1.2464536428451538, 1.3985207080841064, -1.0944005250930786, -1.905252456665039, 1.308538556098938, -0.37674304842948914, -0.1848105490207672, -0.13720856606960297, -2.7454004287719727, 1.9683451652526855, 1.7606050968170166, 2.9700307846069336, 0.4208379089832306, 1.0737833976745605, 1.1606141328811646, 2.4927995204925537, -2.205625057220459, -1.919446587562561, 0.7241227626800537, -1.87708580493927, -0.9359140396118164, -2.399550437927246, 0.9723774790763855, -2.425213098526001, 0.4109257757663727, -1.035523533821106, -1.8411307334899902, -2.138728618621826, 1.3641815185546875, 2.142291307449341, 0.0739816427230835, -1.8498551845550537, -2.2957518100738525, 2.2926645278930664, 2.635882616043091, 0.0364656075835228, 0.40294399857521057, -0.6264336109161377]}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_weight-3b768c71fc", "kind": "grad_weight", "quantity": "grad_weight", "reference": {"data": "OP9pqcn/ecFWhPCjiaE6QX5gYcBow3lBpRLIRu+VMkG6XEK/GdxvQbb057OqgT/BKSIuMv5COEHuXjuF6A8VwbxRsWlsPzhBURnRIshGUcE1/mseORpYQT0fWITMmT7B7NOUVfnSb8ErqsgGyoR3QXCU5K4ONiRBivNngY6daEHFk6vx6vYYwdTaVDBeBYZBWxHoOH9rN8F2uHKaGWQ1wfXZ0IZR2VZBMdlctHAhZcHGilmMfnp2Qd4Ufc8Ok0tBhBEYJCFlQcFou46Z2Ot4wQmeLS38o/xAhb9OwD2uUsE/ZqvYLX0jwZfHFcvAc2BBqNYvaHGFUUEAAAAAAADwf3U/eXDCATrBwFHolREeYUEZ9+sONglmQdxCinnqpIBBsEiaTRnZRMHLpeCTzCV4QeZX+1AIoQ9B2XY+BhTZdUHYwTpv1ilCwW3dKqw9ZFjBAAAAAAAA+H95TGEvo0Y3wYPRAs6E605BAdaGGytpesEAAAAAAADwf0j7Zg67intBLPgeFwuXV8EAAAAAAADwf+4Kh4hCO1DByvXiVPaEcEEn7jUXqf90QXth+ZkG6SFBWh94TtkKc8Gl6u39pMZTQSj1QIJ2GGtBqOXyI++YdEH+j89zoqaCwX5Svc7aNIVB1Xs8jtjvNkFk6eTXNC1vwW6eEVFKqUnBAS4CR26EcEE=", "shape": [64]}, "rtol": 1.3e-06, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"bias": [-0.11512622982263565, 1.051660418510437, 0.6693533658981323, -3.0794124603271484, 1.8521565198898315, 4.311739444732666, -0.345350444316864, 0.8005399107933044, 0.6894564628601074, -1.845247507095337, -1.8556420803070068, -2.8310303688049316, -1.6254494190216064, -1.9975671768188477, 3.5945067405700684, 3.6126718521118164, 0.4904424250125885, 1.7379324436187744, 4.555111408233643, 0.6858211159706116, 0.135354682803154, 1.631870150566101, -1.3052860498428345, -1.305684208869934, -1.952892541885376, -4.158942699432373, -0.59987872838974, 2.942650079727173, -0.8992255926132202, -0.7622014880180359, -1.0581961870193481, -3.2408833503723145, -0.8616161942481995, -4.195222854614258, -0.9238396883010864, 2.7136478424072266, -2.3651113510131836, -4.3537678718566895, -1.2295417785644531, -1.7943031787872314, 0.36168670654296875, 2.428062915802002, -0.5722866654396057, -0.0903826653957367, -1.0574220418930054, -0.8099931478500366, 1.4029597043991089, 0.01341137196868658, -0.5892831087112427, -1.2357771396636963, 0.4435408413410187, 0.42178407311439514, -2.160508632659912, -4.498477458953857, 0.20062801241874695, 2.307215452194214, -0.4101046025753021, 0.52829509973526, -0.4360789656639099, 0.899484395980835, 3.6655752658843994, -1.4163036346435547, -3.3635306358337402, -3.5563652515411377], "running_var": [0.0013763455208390951, 137.34120178222656, 0.17331454157829285, 243.54246520996094, 0.0019050720147788525, 92.29399108886719, 17.404172897338867, 0.03239874169230461, 47.93124008178711, 21.336668014526367, 75.46365356445312, 13.057969093322754, 0.001972358673810959, 0.022288648411631584, 122.22980499267578, 0.07426441460847855, 132.60276794433594, 0.006134498864412308, 0.6509879231452942, 0.698545515537262, 80.78042602539062, 1.3967726230621338, 0.01085364818572998, 2.8215839862823486, 284.95269775390625, 0.011668588034808636, 186.41355895996094, 25.222883224487305, 58.782081604003906, 3.680211305618286, 0.1802542805671692, 0.005518659483641386, 13.423727989196777, 0.2696552276611328, 0.005937208887189627, 0.05270170047879219, 49.80439376831055, 0.7167910933494568, 673.7176513671875, 0.017200063914060593, 0.8250195384025574, 3.840662956237793, 1.2742016315460205, 0.006852942518889904, 53.61359786987305, 0.0010062844958156347, 160.4011688232422, 0.3764018416404724, 3.0423240661621094, 0.24859265983104706, 10.11634635925293, 1.4482303857803345, 0.6140543818473816, 3.927993059158325, 0.03363607078790665, 50.25942611694336, 1.4758656024932861, 0.0055779521353542805, 0.004602971486747265, 0.008955717086791992, 0.0013232541969045997, 0.01887570507824421, 53.698360443115234, 0.3699492812156677], "weight": [-1.0652282238006592, -1.4498831033706665, -0.7781291007995605, 2.310297966003418, 0.742371141910553, -2.747884750366211, 2.3183960914611816, 1.8741822242736816, 1.0889114141464233, -1.6123898029327393, 2.053109645843506, -0.4739880859851837, 2.915395975112915, -0.2833719551563263, 0.14147154986858368, -0.3461986482143402, 0.5011048913002014, 1.358486294746399, 1.776477336883545, -2.354328155517578, 1.176112174987793, -2.7769570350646973, 1.6961240768432617, 1.224029302597046, -1.7186793088912964, 0.04125857725739479, 1.2464536428451538, 1.3985207080841064, -1.0944005250930786, -1.905252456665039, 1.308538556098938, -0.37674304842948914, -0.1848105490207672, -0.13720856606960297, -2.7454004287719727, 1.9683451652526855, 1.7606050968170166, 2.9700307846069336, 0.4208379089832306, 1.0737833976745605, 1.1606141328811646, 2.4927995204925537, -2.205625057220459, -1.919446587562561, 0.7241227626800537, -1.87708580493927, -0.9359140396118164, -2.399550437927246, 0.9723774790763855, -2.425213098526001, 0.4109257757663727, -1.035523533821106, -1.8411307334899902, -2.138728618621826, 1.3641815185546875, 2.142291307449341, 0.0739816427230835, -1.8498551845550537, -2.2957518100738525, 2.2926645278930664, 2.635882616043091, 0.0364656075835228, 0.40294399857521057, -0.6264336109161377]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float32", "eps": 1.0, "num_features": 64, "track_running_stats": true}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [true, false, false, true, false, false]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn", "mode": "eager", "plan": {"assigned_init": {"beta": [-0.11512622982263565, 1.051660418510437, 0.6693533658981323, -3.0794124603271484, 1.8521565198898315, 4.311739444732666, -0.345350444316864, 0.8005399107933044, 0.6894564628601074, -1.845247507095337, -1.8556420803070068, -2.8310303688049316, -1.6254494190216064, -1.9975671768188477, 3.5945067405700684, 3.6126718521118164, 0.4904424250125885, 1.7379324436187744, 4.555111408233643, 0.6858211159706116, 0.135354682803154, 1.631870150566101, -1.3052860498428345, -1.305684208869934, -1.952892541885376, -4.158942699432373, -0.59987872838974, 2.942650079727173, -0.8992255926132202, -0.7622014880180359, -1.0581961870193481, -3.2408833503723145, -0.8616161942481995, -4.195222854614258, -0.9238396883010864, 2.7136478424072266, -2.3651113510131836, -4.3537678718566895, -1.2295417785644531, -1.7943031787872314, 0.36168670654296875, 2.428062915802002, -0.5722866654396057, -0.0903826653957367, -1.0574220418930054, -0.8099931478500366, 1.4029597043991089, 0.01341137196868658, -0.5892831087112427, -1.2357771396636963, 0.4435408413410187, 0.42178407311439514, -2.160508632659912, -4.498477458953857, 0.20062801241874695, 2.307215452194214, -0.4101046025753021, 0.52829509973526, -0.4360789656639099, 0.899484395980835, 3.6655752658843994, -1.4163036346435547, -3.3635306358337402, -3.5563652515411377], "gamma": [-1.0652282238006592, -1.4498831033706665, -0.7781291007995605, 2.310297966003418, 0.742371141910553, -2.747884750366211, 2.3183960914611816, 1.8741822242736816, 1.0889114141464233, -1.6123898029327393, 2.053109645843506, -0.4739880859851837, 2.915395975112915, -0.2833719551563263, 0.14147154986858368, -0.3461986482143402, 0.5011048913002014, 1.358486294746399, 1.776477336883545, -2.354328155517578, 1.176112174987793, -2.7769570350646973, 1.6961240768432617, 1.224029302597046, -1.7186793088912964, 0.04125857725739479, 1.2464536428451538, 1.3985207080841064, -1.0944005250930786, -1.905252456665039, 1.308538556098938, -0.37674304842948914, -0.1848105490207672, -0.13720856606960297, -2.7454004287719727, 1.9683451652526855, 1.7606050968170166, 2.9700307846069336, 0.4208379089832306, 1.0737833976745605, 1.1606141328811646, 2.4927995204925537, -2.205625057220459, -1.919446587562561, 0.7241227626800537, -1.87708580493927, -0.9359140396118164, -2.399550437927246, 0.9723774790763855, -2.425213098526001, 0.4109257757663727, -1.035523533821106, -1.8411307334899902, -2.138728618621826, 1.3641815185546875, 2.142291307449341, 0.0739816427230835, -1.8498551845550537, -2.2957518100738525, 2.2926645278930664, 2.635882616043091, 0.0364656075835228, 0.40294399857521057, -0.6264336109161377], "moving_variance": [0.0013763455208390951, 137.34120178222656, 0.17331454157829285, 243.54246520996094, 0.0019050720147788525, 92.29399108886719, 17.404172897338867, 0.03239874169230461, 47.93124008178711, 21.336668014526367, 75.46365356445312, 13.057969093322754, 0.001972358673810959, 0.022288648411631584, 122.22980499267578, 0.07426441460847855, 132.60276794433594, 0.006134498864412308, 0.6509879231452942, 0.698545515537262, 80.78042602539062, 1.3967726230621338, 0.01085364818572998, 2.8215839862823486, 284.95269775390625, 0.011668588034808636, 186.41355895996094, 25.222883224487305, 58.782081604003906, 3.680211305618286, 0.1802542805671692, 0.005518659483641386, 13.423727989196777, 0.2696552276611328, 0.005937208887189627, 0.05270170047879219, 49.80439376831055, 0.7167910933494568, 673.7176513671875, 0.017200063914060593, 0.8250195384025574, 3.840662956237793, 1.2742016315460205, 0.006852942518889904, 53.61359786987305, 0.0010062844958156347, 160.4011688232422, 0.3764018416404724, 3.0423240661621094, 0.24859265983104706, 10.11634635925293, 1.4482303857803345, 0.6140543818473816, 3.927993059158325, 0.03363607078790665, 50.25942611694336, 1.4758656024932861, 0.0055779521353542805, 0.004602971486747265, 0.008955717086791992, 0.0013232541969045997, 0.01887570507824421, 53.698360443115234, 0.3699492812156677]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "data_format": "NCHW", "dtype": "float32", "eps": 1.0, "num_features": 64}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, false, false, true, false, false]}}], "step": 1, "summary": "BatchNorm1d(64, eps=1.0, affine=True, track_running_stats=True, dtype=float32) on (625, 64) float32, train, eval x2, train, eval x2 (grad; input layouts transposed,contiguous,contiguous,strided,contiguous,contiguous; data_format=\u0027NCHW\u0027)", "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
