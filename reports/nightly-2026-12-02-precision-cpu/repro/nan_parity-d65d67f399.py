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

PAYLOAD = json.loads(r'''{"atol": [1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1.1754943508222875e-38], "case": {"affine": true, "bias": null, "dtype": "float32", "eps": 1e-05, "grad": false, "grad_seed": 11428, "mindspore": {}, "momentum": 0.1, "num_features": null, "omit": ["affine", "momentum"], "param_dtype": "float32", "rules_off": ["track_running_stats"], "running_mean": [-1.9410358667373657, -1.2273623943328857, 2.046121120452881, -1.1653908491134644, 0.33669450879096985, 2.808330535888672, -2.3826634883880615, 0.12684233486652374, -1.2927325963974, -3.6067938804626465, 1.5880781412124634, 0.6899054050445557, -0.2685542106628418, -3.126462697982788, 1.7597460746765137, -0.5676685571670532, -0.9008327126502991, -0.4904778301715851, -0.7092176079750061, 1.179093599319458, 1.3844540119171143, 0.8610053062438965, -2.3144195079803467, 1.3599883317947388, 1.5492140054702759, 4.7757368087768555, 2.035537004470825, -3.516075849533081, -1.5098633766174316, -2.442335605621338, -2.207763433456421, 1.5385348796844482, 1.5661879777908325, -2.6733691692352295, -1.7539337873458862, -2.9667463302612305, 0.6661512851715088, 2.335355043411255, 2.18400502204895, -0.39636704325675964, -2.318979263305664, -1.0929051637649536, -1.0049564838409424, 1.0801327228546143, 0.4519759714603424, -0.7265129685401917, 0.5384830236434937, 1.848426342010498, -2.135491371154785, 0.6292451024055481, -0.2785200774669647, -1.4810091257095337, 2.1236565113067627, 0.8925862908363342, -0.5484231114387512, -1.1147631406784058, 2.539172410964966, -1.1032885313034058, -0.16132953763008118, 1.6550155878067017, -0.9433063268661499, -0.8289278745651245], "running_var": [0.001345939701423049, 0.03981739282608032, 0.6711814999580383, 18.77747917175293, 0.020748062059283257, 1.9798365831375122, 0.6218057870864868, 31.598796844482422, 0.021814586594700813, 0.0012194968294352293, 47.0742301940918, 1.315623164176941, 0.12111461907625198, 0.07637190818786621, 482.89361572265625, 164.603271484375, 917.3276977539062, 91.03050994873047, 20.54520034790039, 11.702911376953125, 0.0021332991309463978, 292.6809387207031, 0.009363511577248573, 0.2393338531255722, 0.007298885844647884, 15.500655174255371, 0.7398110032081604, 41.33359909057617, 84.24699401855469, 114.35645294189453, 2.733938694000244, 0.10734573006629944, 0.10548124462366104, 3.3037168979644775, 2.8057470321655273, 0.03368416428565979, 0.31368663907051086, 0.8246496915817261, 1.8119715452194214, 0.04575403034687042, 323.37017822265625, 92.48958587646484, 0.026650801301002502, 109.414794921875, 0.028568506240844727, 0.1837550699710846, 0.008964357897639275, 1.9628849029541016, 0.004266112111508846, 0.005046362057328224, 191.72616577148438, 0.08125139772891998, 0.1337173730134964, 543.8924560546875, 163.636962890625, 4.527322292327881, 0.009573000483214855, 0.14780683815479279, 0.5781562328338623, 47.9293098449707, 199.776611328125, 0.26309433579444885], "schema": 1, "shape": [0, 62, 6], "steps": [{"input": {"constant_channels": [13], "offset": -1.0, "outliers": 1, "scale": 0.01, "seed": 827563}, "mode": "train"}, {"input": {"offset": -10000.0, "scale": 100.0, "seed": 11165}, "mode": "train"}, {"input": {"constant_channels": [37, 53, 60], "offset": -1000000.0, "outliers": 2, "seed": 3715}, "mode": "eval"}, {"input": {"constant_channels": [37, 53, 60], "offset": -1000000.0, "outliers": 2, "seed": 2296974}, "mode": "train"}, {"input": {"constant_channels": [37, 53, 60], "offset": -1000000.0, "outliers": 2, "seed": 518528}, "mode": "train"}, {"input": {"constant_channels": [10], "offset": 100.0, "outliers": 3, "seed": 16777216}, "mode": "train"}], "track_running_stats": true, "weight": [1.9696321487426758, -2.092824697494507, 0.48854053020477295, -0.48535993695259094, -1.8015323877334595, -0.9885011911392212, 0.14725732803344727, -0.7463855147361755, 0.851797342300415, -2.5609943866729736, -1.3168874979019165, -2.119392156600952, 2.627040147781372, -1.6290580034255981, -1.6677988767623901, 1.0092284679412842, -2.4137113094329834, 0.6478219628334045, 2.1753756999969482, 0.6750269532203674, 1.5723719596862793, 2.2358152866363525, -0.040980078279972076, 0.6622087955474854, 0.6331555843353271, 0.4998030662536621, -1.2870794534683228, -2.252464771270752, -0.9163678288459778, -1.6603559255599976, -1.7196202278137207, -0.6768732070922852, -0.2668706774711609, -1.8198150396347046, -1.999165654182434, 0.632114052772522, 0.9338989853858948, -1.4825090169906616, 2.7817652225494385, 0.08087461441755295, -2.2615952491760254, 0.8597517013549805, 0.1335614174604416, 2.623380184173584, -1.505287528038025, 1.1823474168777466, -2.985715627670288, 0.3741041123867035, -1.1247985363006592, 0.7050826549530029, 0.9352646470069885, 1.5321812629699707, 1.9339442253112793, 1.00830078125, -0.6407855153083801, 1.494608759880066, -0.7431463599205017, -0.950213611125946, -0.5123794078826904, 0.37969252467155457, -2.865297555923462, 2.6763851642608643]}, "device_target": "CPU", "equivalent_exceptions": [], "id": "nan_parity-d65d67f399", "kind": "nan_parity", "quantity": "output", "reference": null, "right_plan": {"assigned_init": {"gamma": [1.9696321487426758, -2.092824697494507, 0.48854053020477295, -0.48535993695259094, -1.8015323877334595, -0.9885011911392212, 0.14725732803344727, -0.7463855147361755, 0.851797342300415, -2.5609943866729736, -1.3168874979019165, -2.119392156600952, 2.627040147781372, -1.6290580034255981, -1.6677988767623901, 1.0092284679412842, -2.4137113094329834, 0.6478219628334045, 2.1753756999969482, 0.6750269532203674, 1.5723719596862793, 2.2358152866363525, -0.040980078279972076, 0.6622087955474854, 0.6331555843353271, 0.4998030662536621, -1.2870794534683228, -2.252464771270752, -0.9163678288459778, -1.6603559255599976, -1.7196202278137207, -0.6768732070922852, -0.2668706774711609, -1.8198150396347046, -1.999165654182434, 0.632114052772522, 0.9338989853858948, -1.4825090169906616, 2.7817652225494385, 0.08087461441755295, -2.2615952491760254, 0.8597517013549805, 0.1335614174604416, 2.623380184173584, -1.505287528038025, 1.1823474168777466, -2.985715627670288, 0.3741041123867035, -1.1247985363006592, 0.7050826549530029, 0.9352646470069885, 1.5321812629699707, 1.9339442253112793, 1.00830078125, -0.6407855153083801, 1.494608759880066, -0.7431463599205017, -0.950213611125946, -0.5123794078826904, 0.37969252467155457, -2.865297555923462, 2.6763851642608643], "moving_mean": [-1.9410358667373657, -1.2273623943328857, 2.046121120452881, -1.1653908491134644, 0.33669450879096985, 2.808330535888672, -2.3826634883880615, 0.12684233486652374, -1.2927325963974, -3.6067938804626465, 1.5880781412124634, 0.6899054050445557, -0.2685542106628418, -3.126462697982788, 1.7597460746765137, -0.5676685571670532, -0.9008327126502991, -0.4904778301715851, -0.7092176079750061, 1.179093599319458, 1.3844540119171143, 0.8610053062438965, -2.3144195079803467, 1.3599883317947388, 1.5492140054702759, 4.7757368087768555, 2.035537004470825, -3.516075849533081, -1.5098633766174316, -2.442335605621338, -2.207763433456421, 1.5385348796844482, 1.5661879777908325, -2.6733691692352295, -1.7539337873458862, -2.9667463302612305, 0.6661512851715088, 2.335355043411255, 2.18400502204895, -0.39636704325675964, -2.318979263305664, -1.0929051637649536, -1.0049564838409424, 1.0801327228546143, 0.4519759714603424, -0.7265129685401917, 0.5384830236434937, 1.848426342010498, -2.135491371154785, 0.6292451024055481, -0.2785200774669647, -1.4810091257095337, 2.1236565113067627, 0.8925862908363342, -0.5484231114387512, -1.1147631406784058, 2.539172410964966, -1.1032885313034058, -0.16132953763008118, 1.6550155878067017, -0.9433063268661499, -0.8289278745651245], "moving_variance": [0.001345939701423049, 0.03981739282608032, 0.6711814999580383, 18.77747917175293, 0.020748062059283257, 1.9798365831375122, 0.6218057870864868, 31.598796844482422, 0.021814586594700813, 0.0012194968294352293, 47.0742301940918, 1.315623164176941, 0.12111461907625198, 0.07637190818786621, 482.89361572265625, 164.603271484375, 917.3276977539062, 91.03050994873047, 20.54520034790039, 11.702911376953125, 0.0021332991309463978, 292.6809387207031, 0.009363511577248573, 0.2393338531255722, 0.007298885844647884, 15.500655174255371, 0.7398110032081604, 41.33359909057617, 84.24699401855469, 114.35645294189453, 2.733938694000244, 0.10734573006629944, 0.10548124462366104, 3.3037168979644775, 2.8057470321655273, 0.03368416428565979, 0.31368663907051086, 0.8246496915817261, 1.8119715452194214, 0.04575403034687042, 323.37017822265625, 92.48958587646484, 0.026650801301002502, 109.414794921875, 0.028568506240844727, 0.1837550699710846, 0.008964357897639275, 1.9628849029541016, 0.004266112111508846, 0.005046362057328224, 191.72616577148438, 0.08125139772891998, 0.1337173730134964, 543.8924560546875, 163.636962890625, 4.527322292327881, 0.009573000483214855, 0.14780683815479279, 0.5781562328338623, 47.9293098449707, 199.776611328125, 0.26309433579444885]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"dtype": "float32", "eps": 1e-05, "num_features": 62}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, true, false, true, true, true]}, "rtol": 1.3e-06, "several": 4.0, "step": 0, "summary": "BatchNorm1d(62, eps=1e-05, track_running_stats=True, dtype=float32) on (0, 62, 6) float32, train x2, eval, train x3 (mapping rules off: track_running_stats)", "torch_plan": {"assigned_init": {"running_mean": [-1.9410358667373657, -1.2273623943328857, 2.046121120452881, -1.1653908491134644, 0.33669450879096985, 2.808330535888672, -2.3826634883880615, 0.12684233486652374, -1.2927325963974, -3.6067938804626465, 1.5880781412124634, 0.6899054050445557, -0.2685542106628418, -3.126462697982788, 1.7597460746765137, -0.5676685571670532, -0.9008327126502991, -0.4904778301715851, -0.7092176079750061, 1.179093599319458, 1.3844540119171143, 0.8610053062438965, -2.3144195079803467, 1.3599883317947388, 1.5492140054702759, 4.7757368087768555, 2.035537004470825, -3.516075849533081, -1.5098633766174316, -2.442335605621338, -2.207763433456421, 1.5385348796844482, 1.5661879777908325, -2.6733691692352295, -1.7539337873458862, -2.9667463302612305, 0.6661512851715088, 2.335355043411255, 2.18400502204895, -0.39636704325675964, -2.318979263305664, -1.0929051637649536, -1.0049564838409424, 1.0801327228546143, 0.4519759714603424, -0.7265129685401917, 0.5384830236434937, 1.848426342010498, -2.135491371154785, 0.6292451024055481, -0.2785200774669647, -1.4810091257095337, 2.1236565113067627, 0.8925862908363342, -0.5484231114387512, -1.1147631406784058, 2.539172410964966, -1.1032885313034058, -0.16132953763008118, 1.6550155878067017, -0.9433063268661499, -0.8289278745651245], "running_var": [0.001345939701423049, 0.03981739282608032, 0.6711814999580383, 18.77747917175293, 0.020748062059283257, 1.9798365831375122, 0.6218057870864868, 31.598796844482422, 0.021814586594700813, 0.0012194968294352293, 47.0742301940918, 1.315623164176941, 0.12111461907625198, 0.07637190818786621, 482.89361572265625, 164.603271484375, 917.3276977539062, 91.03050994873047, 20.54520034790039, 11.702911376953125, 0.0021332991309463978, 292.6809387207031, 0.009363511577248573, 0.2393338531255722, 0.007298885844647884, 15.500655174255371, 0.7398110032081604, 41.33359909057617, 84.24699401855469, 114.35645294189453, 2.733938694000244, 0.10734573006629944, 0.10548124462366104, 3.3037168979644775, 2.8057470321655273, 0.03368416428565979, 0.31368663907051086, 0.8246496915817261, 1.8119715452194214, 0.04575403034687042, 323.37017822265625, 92.48958587646484, 0.026650801301002502, 109.414794921875, 0.028568506240844727, 0.1837550699710846, 0.008964357897639275, 1.9628849029541016, 0.004266112111508846, 0.005046362057328224, 191.72616577148438, 0.08125139772891998, 0.1337173730134964, 543.8924560546875, 163.636962890625, 4.527322292327881, 0.009573000483214855, 0.14780683815479279, 0.5781562328338623, 47.9293098449707, 199.776611328125, 0.26309433579444885], "weight": [1.9696321487426758, -2.092824697494507, 0.48854053020477295, -0.48535993695259094, -1.8015323877334595, -0.9885011911392212, 0.14725732803344727, -0.7463855147361755, 0.851797342300415, -2.5609943866729736, -1.3168874979019165, -2.119392156600952, 2.627040147781372, -1.6290580034255981, -1.6677988767623901, 1.0092284679412842, -2.4137113094329834, 0.6478219628334045, 2.1753756999969482, 0.6750269532203674, 1.5723719596862793, 2.2358152866363525, -0.040980078279972076, 0.6622087955474854, 0.6331555843353271, 0.4998030662536621, -1.2870794534683228, -2.252464771270752, -0.9163678288459778, -1.6603559255599976, -1.7196202278137207, -0.6768732070922852, -0.2668706774711609, -1.8198150396347046, -1.999165654182434, 0.632114052772522, 0.9338989853858948, -1.4825090169906616, 2.7817652225494385, 0.08087461441755295, -2.2615952491760254, 0.8597517013549805, 0.1335614174604416, 2.623380184173584, -1.505287528038025, 1.1823474168777466, -2.985715627670288, 0.3741041123867035, -1.1247985363006592, 0.7050826549530029, 0.9352646470069885, 1.5321812629699707, 1.9339442253112793, 1.00830078125, -0.6407855153083801, 1.494608759880066, -0.7431463599205017, -0.950213611125946, -0.5123794078826904, 0.37969252467155457, -2.865297555923462, 2.6763851642608643]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"dtype": "float32", "eps": 1e-05, "num_features": 62, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [true, true, false, true, true, true]}, "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
    threads, harness_threads = set_torch_threads(case), PAYLOAD.get("torch_threads")
    print(f"torch intra-op threads: {threads}" + ("" if case.get("threads", 1) else " (torch's default here)")
          + ("" if harness_threads in (None, threads) else f"; the harness ran it with {harness_threads}"))
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
