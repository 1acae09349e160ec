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

PAYLOAD = json.loads(r'''{"atol": [0.6519691848033751, 3.3433850103295466, 0.5948260573350356, 0.8773795252191269, 0.42403218666858533, 3.11995083286162, 1.7145342057306638, 1.726268641778152, 2.4760783694910953, 4.978396709637829, 4.038235277568053, 0.6931649997078944, 2.3956199445847437, 2.4099623040222555, 0.2963265268204902, 0.6803969985080998, 3.3423900872805277, 2.470258062998074, 0.5670139835733149, 3.4839478987209924, 0.17268315751146293, 0.9404625274336523, 1.0218636437179582, 2.1112936315313333, 3.5984244318492533, 1.5492448287791318, 2.532251830926955, 5.366078588797487, 1.9305183600615259, 1.8388019195160878, 2.1995875794859336, 2.956355961771339, 2.1963415732293305, 0.44397517826894395, 0.27710937188879226, 1.7915254949995851, 1.7143765910597661, 1.9701723568369527, 3.326907237171986, 2.529024439398678, 2.9478689260860733, 0.35615764912692044, 1.3430162107548413, 1.0383496737587083, 2.8749852016312656, 2.9039754233316843, 3.3683270327730495, 0.3240003885992852, 3.852868377262956, 1.9701424393996216, 2.60534259050012, 0.880597427490329, 0.4035537917833773, 2.5386947453623696, 4.174557636642812, 3.7077875568284404, 1.9357858321819756, 1.641415352794478, 5.054390158510071, 0.24815845747443252, 1.6972394661738666, 2.663750102209025, 6.092162599278409, 0.005332609119930311, 0.5497985855156322, 4.007654327454293, 2.6450155391592145, 3.9202867917187603, 2.7363813809955353, 2.6755558052640747, 2.533536292813126, 4.629659291329488, 1.3191668391315812, 0.8725232812457182, 4.477896074466911, 0.7489445702610414, 5.142272031488971, 1.684218010852073, 0.481328469285208, 1.1869518656427789, 3.390952126052544, 2.976213618710981, 3.8882601123144958], "case": {"affine": true, "bias": [1.3152285814285278, 1.4745850563049316, -0.7125846147537231, 0.5403333306312561, 1.7801917791366577, 1.5620672702789307, -2.01774525642395, 0.05192229151725769, 0.15939991176128387, -0.5646315813064575, 2.8400168418884277, -4.0973076820373535, 4.2358880043029785, 1.1332719326019287, -0.10960723459720612, 0.03579120337963104, -0.792100191116333, -2.1761443614959717, 3.7069642543792725, -0.27057668566703796, -2.5717945098876953, -1.4407048225402832, 2.137427806854248, -0.7971605658531189, 5.903696060180664, 1.9162288904190063, 0.08535739779472351, 2.1561086177825928, -3.0909602642059326, -2.51584529876709, 0.3712776303291321, -1.4821594953536987, 1.5977879762649536, -4.186819553375244, -1.7094075679779053, -1.5420563220977783, 3.5437631607055664, 1.5734643936157227, 1.2886985540390015, -1.472692847251892, -2.2506113052368164, 1.5160322189331055, -0.019989727064967155, 2.110868215560913, -0.5715769529342651, 0.5337015986442566, -2.142360210418701, -1.5239728689193726, 1.1262060403823853, -0.6875821352005005, -1.62857985496521, 1.7254928350448608, 0.3372333347797394, 2.1226699352264404, 4.990128517150879, -2.274414539337158, 2.9301555156707764, -0.4148460924625397, 1.788835048675537, -1.1920557022094727, 0.03320150077342987, -1.6090651750564575, -2.7391111850738525, 0.9299069046974182, -0.6805717349052429, -1.2152670621871948, 0.6452358961105347, 1.7057939767837524, 4.293708801269531, 0.9909287691116333, -1.6551940441131592, -1.0215611457824707, 3.742710590362549, -0.24078452587127686, 2.332322359085083, 0.26099562644958496, 1.216078519821167, -1.9139738082885742, 3.237884521484375, -0.6924082040786743, -0.8075522780418396, -0.924332857131958, -2.4342474937438965], "dtype": "float32", "eps": 1e-05, "grad": true, "grad_seed": 645, "mindspore": {"init_via": "checkpoint"}, "momentum": 0.1, "num_features": null, "omit": [], "param_dtype": "float32", "rules_off": [], "running_mean": null, "running_var": [110.49549102783203, 3.469759702682495, 211.61746215820312, 59.37987518310547, 189.23121643066406, 0.0018384999129921198, 0.1022670790553093, 3.7133500576019287, 0.4418245553970337, 0.0019778888672590256, 1.422008752822876, 65.49945831298828, 0.8302053213119507, 9.054076194763184, 256.8108215332031, 81.93914031982422, 0.39623376727104187, 0.015145992860198021, 387.35400390625, 0.6627979874610901, 775.3790283203125, 1.422521948814392, 33.19242858886719, 0.8467209935188293, 0.01871797814965248, 0.5068309307098389, 0.10772418230772018, 0.10321854799985886, 0.6161575317382812, 0.424313485622406, 2.8455071449279785, 0.022775404155254364, 0.001053052139468491, 107.1934585571289, 273.5262145996094, 0.0011602024314925075, 25.685726165771484, 0.003084611613303423, 9.459612846374512, 0.00565573014318943, 1.1958919763565063, 240.18801879882812, 4.582122802734375, 13.947029113769531, 0.047738492488861084, 0.021472135558724403, 0.06196974590420723, 428.5965881347656, 0.025859933346509933, 4.33684778213501, 0.0019377719145268202, 117.93982696533203, 586.6817626953125, 0.14467841386795044, 0.0020699549932032824, 0.0033797563519328833, 0.6651034355163574, 0.01567857712507248, 0.6340000033378601, 501.4184265136719, 6.378274917602539, 0.3277755379676819, 0.002031385898590088, 1.7458689212799072, 253.7669219970703, 0.001762087456882, 0.0033745092805474997, 0.06008618324995041, 5.174228191375732, 1.0776103734970093, 5.338444709777832, 0.0035191241186112165, 0.0016637345543131232, 36.0185546875, 0.002281312830746174, 38.427242279052734, 2.5395374298095703, 5.295116901397705, 198.5430145263672, 0.21264728903770447, 0.05052276328206062, 5.943633079528809, 0.0015366093721240759], "schema": 1, "shape": [7, 83, 1], "steps": [{"input": {"layout": "strided", "scale": 10.0, "seed": 13668}, "mode": "train"}, {"input": {"constant_channels": [30, 38, 51], "offset": -100000.0, "outliers": 1, "scale": 10.0, "seed": 7859416}, "mode": "train"}, {"input": {"constant_channels": [30, 38, 51], "layout": "transposed", "offset": -100000.0, "outliers": 1, "scale": 10.0, "seed": 610}, "mode": "eval"}, {"input": {"constant_channels": [30, 38, 51], "layout": "transposed", "offset": -100000.0, "outliers": 1, "scale": 10.0, "seed": 102421}, "mode": "train"}], "threads": 0, "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_weight-21e822f4d7", "kind": "grad_weight", "quantity": "grad_weight", "reference": {"data": "0DOCHfEr4MDw5R55Bx/4wICOlLH+QrxA2YtqrreFt8Au2zTynUfgwNLh+AMyePnAwxBZQqeuz8BEc5cbJwTpwG1FiuqBzvJAMu53Kc4X2EDej9l7wX3xwMvAmEI61+NAkyLTtdMg0UA2gBNlDIDRwHI0B6Ukl9TAxn5e+tKmvkCn2Q06QrzhQIM+48X9t/DAUXsbQ5dA38CDx45nIMjyQPnoEh6Sp7bA7IZvZycCokAAQv3lX7O4wFQAzmST4u1ADaPDG10C2UC8r6wJ1HXJQFFl3uEgnNZAurK7EKcF80CNNYP73DW+wPW9OVTbhfDAwjlaG+te18CnAZy3yLLrwA9j8y3lrOtApRI1CKbuwUBOWclWBc7TQMS56X7qKd/AETXxWQZO1kBokTT+tjjWwAKNrflMofVAWHH2K3PjzEAqtHc6SmzdwCvecPp8ENnAH2oOqvutskDc/8qPCdHiQDgqN+XjL/PAMpop97Oh20AsKBvqxD/0wNMguO/fv9RAmlK+QeekvEBscKo5F6TDwCBjGeAwGNNAsxhIohyMzMC0HHX724zVQA37okzaROTAqolHTFv+5UAgDm7ZZYWnQDINZbkzVtjAF66vlQ321MAEKuR/0GzQQCJQspzck8PA8utC33iV10AxTldgjsbjQG8cMaTwC+3AVP+yiAGIKsDlNrhZYVbLQKMAuXfAUQRBptCS4a9cw0CGkxq0n1DnwJoLFl2TiOpApJsvX6Y03kBYi5WlkOy2wP4+q+wOLOJAwp327XHn0MDiXmirF7LdQMgr89SrVvZAY1QSLFhn1MBnIdIUmO8EwUA2+iNdq7fAaMTeR5Rnz8CCNwG45wPDQDLhEE9WNOhAocWymGPK+UBdtPGO1zviwA==", "shape": [83]}, "rtol": 1.3e-06, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"bias": [1.3152285814285278, 1.4745850563049316, -0.7125846147537231, 0.5403333306312561, 1.7801917791366577, 1.5620672702789307, -2.01774525642395, 0.05192229151725769, 0.15939991176128387, -0.5646315813064575, 2.8400168418884277, -4.0973076820373535, 4.2358880043029785, 1.1332719326019287, -0.10960723459720612, 0.03579120337963104, -0.792100191116333, -2.1761443614959717, 3.7069642543792725, -0.27057668566703796, -2.5717945098876953, -1.4407048225402832, 2.137427806854248, -0.7971605658531189, 5.903696060180664, 1.9162288904190063, 0.08535739779472351, 2.1561086177825928, -3.0909602642059326, -2.51584529876709, 0.3712776303291321, -1.4821594953536987, 1.5977879762649536, -4.186819553375244, -1.7094075679779053, -1.5420563220977783, 3.5437631607055664, 1.5734643936157227, 1.2886985540390015, -1.472692847251892, -2.2506113052368164, 1.5160322189331055, -0.019989727064967155, 2.110868215560913, -0.5715769529342651, 0.5337015986442566, -2.142360210418701, -1.5239728689193726, 1.1262060403823853, -0.6875821352005005, -1.62857985496521, 1.7254928350448608, 0.3372333347797394, 2.1226699352264404, 4.990128517150879, -2.274414539337158, 2.9301555156707764, -0.4148460924625397, 1.788835048675537, -1.1920557022094727, 0.03320150077342987, -1.6090651750564575, -2.7391111850738525, 0.9299069046974182, -0.6805717349052429, -1.2152670621871948, 0.6452358961105347, 1.7057939767837524, 4.293708801269531, 0.9909287691116333, -1.6551940441131592, -1.0215611457824707, 3.742710590362549, -0.24078452587127686, 2.332322359085083, 0.26099562644958496, 1.216078519821167, -1.9139738082885742, 3.237884521484375, -0.6924082040786743, -0.8075522780418396, -0.924332857131958, -2.4342474937438965], "running_var": [110.49549102783203, 3.469759702682495, 211.61746215820312, 59.37987518310547, 189.23121643066406, 0.0018384999129921198, 0.1022670790553093, 3.7133500576019287, 0.4418245553970337, 0.0019778888672590256, 1.422008752822876, 65.49945831298828, 0.8302053213119507, 9.054076194763184, 256.8108215332031, 81.93914031982422, 0.39623376727104187, 0.015145992860198021, 387.35400390625, 0.6627979874610901, 775.3790283203125, 1.422521948814392, 33.19242858886719, 0.8467209935188293, 0.01871797814965248, 0.5068309307098389, 0.10772418230772018, 0.10321854799985886, 0.6161575317382812, 0.424313485622406, 2.8455071449279785, 0.022775404155254364, 0.001053052139468491, 107.1934585571289, 273.5262145996094, 0.0011602024314925075, 25.685726165771484, 0.003084611613303423, 9.459612846374512, 0.00565573014318943, 1.1958919763565063, 240.18801879882812, 4.582122802734375, 13.947029113769531, 0.047738492488861084, 0.021472135558724403, 0.06196974590420723, 428.5965881347656, 0.025859933346509933, 4.33684778213501, 0.0019377719145268202, 117.93982696533203, 586.6817626953125, 0.14467841386795044, 0.0020699549932032824, 0.0033797563519328833, 0.6651034355163574, 0.01567857712507248, 0.6340000033378601, 501.4184265136719, 6.378274917602539, 0.3277755379676819, 0.002031385898590088, 1.7458689212799072, 253.7669219970703, 0.001762087456882, 0.0033745092805474997, 0.06008618324995041, 5.174228191375732, 1.0776103734970093, 5.338444709777832, 0.0035191241186112165, 0.0016637345543131232, 36.0185546875, 0.002281312830746174, 38.427242279052734, 2.5395374298095703, 5.295116901397705, 198.5430145263672, 0.21264728903770447, 0.05052276328206062, 5.943633079528809, 0.0015366093721240759]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float32", "eps": 1e-05, "momentum": 0.1, "num_features": 83, "track_running_stats": true}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [true, true, false, true]}}, {"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn+compile", "mode": "compile", "plan": {"assigned_init": {"bias": [1.3152285814285278, 1.4745850563049316, -0.7125846147537231, 0.5403333306312561, 1.7801917791366577, 1.5620672702789307, -2.01774525642395, 0.05192229151725769, 0.15939991176128387, -0.5646315813064575, 2.8400168418884277, -4.0973076820373535, 4.2358880043029785, 1.1332719326019287, -0.10960723459720612, 0.03579120337963104, -0.792100191116333, -2.1761443614959717, 3.7069642543792725, -0.27057668566703796, -2.5717945098876953, -1.4407048225402832, 2.137427806854248, -0.7971605658531189, 5.903696060180664, 1.9162288904190063, 0.08535739779472351, 2.1561086177825928, -3.0909602642059326, -2.51584529876709, 0.3712776303291321, -1.4821594953536987, 1.5977879762649536, -4.186819553375244, -1.7094075679779053, -1.5420563220977783, 3.5437631607055664, 1.5734643936157227, 1.2886985540390015, -1.472692847251892, -2.2506113052368164, 1.5160322189331055, -0.019989727064967155, 2.110868215560913, -0.5715769529342651, 0.5337015986442566, -2.142360210418701, -1.5239728689193726, 1.1262060403823853, -0.6875821352005005, -1.62857985496521, 1.7254928350448608, 0.3372333347797394, 2.1226699352264404, 4.990128517150879, -2.274414539337158, 2.9301555156707764, -0.4148460924625397, 1.788835048675537, -1.1920557022094727, 0.03320150077342987, -1.6090651750564575, -2.7391111850738525, 0.9299069046974182, -0.6805717349052429, -1.2152670621871948, 0.6452358961105347, 1.7057939767837524, 4.293708801269531, 0.9909287691116333, -1.6551940441131592, -1.0215611457824707, 3.742710590362549, -0.24078452587127686, 2.332322359085083, 0.26099562644958496, 1.216078519821167, -1.9139738082885742, 3.237884521484375, -0.6924082040786743, -0.8075522780418396, -0.924332857131958, -2.4342474937438965], "running_var": [110.49549102783203, 3.469759702682495, 211.61746215820312, 59.37987518310547, 189.23121643066406, 0.0018384999129921198, 0.1022670790553093, 3.7133500576019287, 0.4418245553970337, 0.0019778888672590256, 1.422008752822876, 65.49945831298828, 0.8302053213119507, 9.054076194763184, 256.8108215332031, 81.93914031982422, 0.39623376727104187, 0.015145992860198021, 387.35400390625, 0.6627979874610901, 775.3790283203125, 1.422521948814392, 33.19242858886719, 0.8467209935188293, 0.01871797814965248, 0.5068309307098389, 0.10772418230772018, 0.10321854799985886, 0.6161575317382812, 0.424313485622406, 2.8455071449279785, 0.022775404155254364, 0.001053052139468491, 107.1934585571289, 273.5262145996094, 0.0011602024314925075, 25.685726165771484, 0.003084611613303423, 9.459612846374512, 0.00565573014318943, 1.1958919763565063, 240.18801879882812, 4.582122802734375, 13.947029113769531, 0.047738492488861084, 0.021472135558724403, 0.06196974590420723, 428.5965881347656, 0.025859933346509933, 4.33684778213501, 0.0019377719145268202, 117.93982696533203, 586.6817626953125, 0.14467841386795044, 0.0020699549932032824, 0.0033797563519328833, 0.6651034355163574, 0.01567857712507248, 0.6340000033378601, 501.4184265136719, 6.378274917602539, 0.3277755379676819, 0.002031385898590088, 1.7458689212799072, 253.7669219970703, 0.001762087456882, 0.0033745092805474997, 0.06008618324995041, 5.174228191375732, 1.0776103734970093, 5.338444709777832, 0.0035191241186112165, 0.0016637345543131232, 36.0185546875, 0.002281312830746174, 38.427242279052734, 2.5395374298095703, 5.295116901397705, 198.5430145263672, 0.21264728903770447, 0.05052276328206062, 5.943633079528809, 0.0015366093721240759]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float32", "eps": 1e-05, "momentum": 0.1, "num_features": 83, "track_running_stats": true}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [true, true, false, true]}}], "step": 2, "summary": "BatchNorm1d(83, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, dtype=float32) on (7, 83, 1) float32, train x2, eval, train (grad; input layouts strided,contiguous,transposed,transposed; initial values via checkpoint; torch threads: default)", "torch_threads": 2}''')  # filled in by fuzz/report/repro.py


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
