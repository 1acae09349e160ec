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

PAYLOAD = json.loads(r'''{"atol": [2.4604829078855723, 19.736309655337934, 33.77261980925694, 463.49411014673325, 3.345038536959742, 160.1243780969727, 0.5427267852395812, 0.9852241144538569, 3.0259164649653023, 1.1364671125168375, 0.315519889653439, 151.83531834424585, 4.684420615899125, 48.36507919836693, 514.4913655926141, 0.804361179796803, 443.16298965162434, 3.324321209787279, 81.13437960114393, 6.066250834667889, 3.0160417556887507, 2.675538461997593, 1.2873381684423895, 58.819465005258174, 2.1984100111124962, 30.00708801800063, 0.7807765743916136, 10.511401076736847, 10.78626843359985, 68.60860578584533, 43.49659025003973, 117.3373475791159, 0.8656291277085867, 0.9032685277723015, 25.61613834411128, 3.0203580333238436, 713.61013218659, 3.737105650766063, 0.910924186613939, 13.454394259354341, 1.1394261273833033, 9.73500546052688, 2139.6323368745248, 0.5029343535705497, 0.23618314119266712, 30.09347360936201, 26.00844768160313, 3.1098748333224484, 32.35061940260819, 21.044672120293452, 301.268652149711, 0.18585194994700893, 8.63587784446458, 579.2067277542749, 232.4383365085124, 2.7355719710119017, 145.12750213066764, 6.861745343805154, 65034.50329477952, 1.1957751663325449, 320.1283057891485, 192.33588578475315, 1.0670396390181949, 3.851431910495652], "case": {"affine": true, "bias": null, "dtype": "float16", "eps": 1e-05, "grad": true, "grad_seed": 4019, "mindspore": {}, "momentum": 0.0, "num_features": null, "omit": ["affine", "eps"], "param_dtype": "float16", "relation": "batch_permutation", "rules_off": [], "running_mean": [-0.9033138751983643, -2.621793270111084, 1.2991406917572021, -2.9711217880249023, -0.32067495584487915, -2.44401216506958, 0.838321328163147, 3.146530866622925, -0.0006086538196541369, 3.75486421585083, -0.011421101167798042, 2.6253020763397217, -2.8231048583984375, -0.8966781497001648, -0.8504605293273926, -1.81964910030365, 1.090799331665039, 1.9083102941513062, -1.8251532316207886, -1.558300495147705, 0.7312083840370178, -2.478931188583374, 0.23309427499771118, -0.7252379059791565, -0.03307667747139931, 0.1684579998254776, 0.9163776636123657, -0.9252609014511108, 2.9466497898101807, 1.5138089656829834, -0.8433650732040405, -0.525876522064209, 2.05757737159729, 1.8097926378250122, 0.11691579967737198, 1.6326563358306885, 0.6797338128089905, -1.6106486320495605, 1.6770061254501343, 1.51725172996521, -2.1063737869262695, -0.789975106716156, -1.880932331085205, 3.130375862121582, -2.2309584617614746, -0.05681627243757248, -0.2142849564552307, -1.4592785835266113, -4.06923246383667, -0.10999801009893417, 0.03911986202001572, 1.2353233098983765, 0.4023975729942322, 3.2518913745880127, 1.1652934551239014, -2.7013278007507324, 0.5066579580307007, -0.46904855966567993, -0.6322446465492249, -0.10315867513418198, -0.5967236757278442, 1.15876305103302, -0.020826267078518867, -0.5242807269096375], "running_var": [0.18833133578300476, 0.723910391330719, 0.120383121073246, 0.0015804647700861096, 1.314831018447876, 0.0066926684230566025, 3.615844964981079, 281.1606140136719, 238.6784210205078, 110.04341125488281, 0.001971176126971841, 0.0032087680883705616, 6.094758987426758, 0.2524755001068115, 0.001594046363607049, 670.6187744140625, 0.0018933159299194813, 0.05719881132245064, 0.10002560168504715, 0.385239839553833, 0.24773350358009338, 16.342008590698242, 198.32850646972656, 0.08160585910081863, 42.11154556274414, 0.08917135745286942, 750.1412963867188, 1.0286638736724854, 3.845933437347412, 0.10774436593055725, 0.7609171867370605, 0.017338402569293976, 387.2620849609375, 360.7576904296875, 0.29670071601867676, 116.5586166381836, 0.0015671653673052788, 45.9107666015625, 490.681640625, 0.4193839728832245, 375.1258239746094, 0.38565558195114136, 0.05128040537238121, 0.5887682437896729, 365.2500915527344, 0.3990064561367035, 0.010863807052373886, 20.015460968017578, 0.2902738153934479, 0.07934175431728363, 0.0014034484047442675, 102.32505798339844, 7.911434173583984, 0.001057057292200625, 0.02128582075238228, 34.04777145385742, 0.0116996169090271, 0.8408191800117493, 0.0012786572333425283, 45.27360916137695, 0.006693634204566479, 0.0017769617261365056, 586.993408203125, 16.31743621826172], "schema": 1, "shape": [3, 64, 23], "steps": [{"input": {"offset": 100.0, "outliers": 2, "scale": 10.0, "seed": 4923695}, "mode": "eval"}, {"input": {"offset": 100.0, "outliers": 2, "scale": 10.0, "seed": 381929051}, "mode": "eval"}, {"input": {"layout": "transposed", "offset": 100.0, "outliers": 2, "scale": 10.0, "seed": 37314151}, "mode": "train"}, {"input": {"constant_channels": [20, 42], "outlier_factor": 300.0, "outliers": 3, "scale": 100.0, "seed": 31971}, "mode": "train"}, {"input": {"constant_channels": [20, 42], "layout": "transposed", "outlier_factor": 300.0, "outliers": 3, "scale": 100.0, "seed": 12890}, "mode": "eval"}], "track_running_stats": true, "weight": [-0.1227651908993721, -2.046182632446289, 1.1041735410690308, 1.7303215265274048, 0.4995459318161011, 1.3343275785446167, 0.12227093428373337, -1.4962822198867798, 0.04431777447462082, 1.2111846208572388, -0.00143892178311944, -0.8811740279197693, 1.1891437768936157, -2.756666660308838, -1.966532588005066, 2.6205179691314697, 2.0209951400756836, -0.07985309511423111, 2.884190797805786, -0.46976321935653687, 2.0757789611816406, 1.140651822090149, 2.119415521621704, -2.5851571559906006, 1.8918277025222778, 1.4130476713180542, 1.8328981399536133, -0.9168221354484558, 2.2686445713043213, -2.9731638431549072, 2.919294595718384, 1.9176092147827148, -1.7150737047195435, -2.7618958950042725, -1.8680152893066406, -2.397709369659424, -2.8588483333587646, -2.7201297283172607, -2.225010633468628, -0.9138374924659729, -2.904283046722412, -0.6313103437423706, 0.45938840508461, -0.04583508148789406, 0.5523501038551331, -1.932334303855896, 0.30447661876678467, -1.4054031372070312, -2.154998779296875, 0.8177137970924377, -1.2502809762954712, -0.20484885573387146, 2.0602781772613525, 1.6230331659317017, 2.9927284717559814, -1.9096357822418213, -1.7450571060180664, 0.5693577527999878, -2.228518486022949, -0.8591599464416504, -2.7675397396087646, 0.9021426439285278, -2.6753933429718018, 1.8673158884048462]}, "device_target": "CPU", "equivalent_exceptions": [], "id": "nan_parity-35f5e3076a", "kind": "nan_parity", "quantity": "output", "reference": null, "right_plan": {"assigned_init": {"gamma": [-0.1227651908993721, -2.046182632446289, 1.1041735410690308, 1.7303215265274048, 0.4995459318161011, 1.3343275785446167, 0.12227093428373337, -1.4962822198867798, 0.04431777447462082, 1.2111846208572388, -0.00143892178311944, -0.8811740279197693, 1.1891437768936157, -2.756666660308838, -1.966532588005066, 2.6205179691314697, 2.0209951400756836, -0.07985309511423111, 2.884190797805786, -0.46976321935653687, 2.0757789611816406, 1.140651822090149, 2.119415521621704, -2.5851571559906006, 1.8918277025222778, 1.4130476713180542, 1.8328981399536133, -0.9168221354484558, 2.2686445713043213, -2.9731638431549072, 2.919294595718384, 1.9176092147827148, -1.7150737047195435, -2.7618958950042725, -1.8680152893066406, -2.397709369659424, -2.8588483333587646, -2.7201297283172607, -2.225010633468628, -0.9138374924659729, -2.904283046722412, -0.6313103437423706, 0.45938840508461, -0.04583508148789406, 0.5523501038551331, -1.932334303855896, 0.30447661876678467, -1.4054031372070312, -2.154998779296875, 0.8177137970924377, -1.2502809762954712, -0.20484885573387146, 2.0602781772613525, 1.6230331659317017, 2.9927284717559814, -1.9096357822418213, -1.7450571060180664, 0.5693577527999878, -2.228518486022949, -0.8591599464416504, -2.7675397396087646, 0.9021426439285278, -2.6753933429718018, 1.8673158884048462], "moving_mean": [-0.9033138751983643, -2.621793270111084, 1.2991406917572021, -2.9711217880249023, -0.32067495584487915, -2.44401216506958, 0.838321328163147, 3.146530866622925, -0.0006086538196541369, 3.75486421585083, -0.011421101167798042, 2.6253020763397217, -2.8231048583984375, -0.8966781497001648, -0.8504605293273926, -1.81964910030365, 1.090799331665039, 1.9083102941513062, -1.8251532316207886, -1.558300495147705, 0.7312083840370178, -2.478931188583374, 0.23309427499771118, -0.7252379059791565, -0.03307667747139931, 0.1684579998254776, 0.9163776636123657, -0.9252609014511108, 2.9466497898101807, 1.5138089656829834, -0.8433650732040405, -0.525876522064209, 2.05757737159729, 1.8097926378250122, 0.11691579967737198, 1.6326563358306885, 0.6797338128089905, -1.6106486320495605, 1.6770061254501343, 1.51725172996521, -2.1063737869262695, -0.789975106716156, -1.880932331085205, 3.130375862121582, -2.2309584617614746, -0.05681627243757248, -0.2142849564552307, -1.4592785835266113, -4.06923246383667, -0.10999801009893417, 0.03911986202001572, 1.2353233098983765, 0.4023975729942322, 3.2518913745880127, 1.1652934551239014, -2.7013278007507324, 0.5066579580307007, -0.46904855966567993, -0.6322446465492249, -0.10315867513418198, -0.5967236757278442, 1.15876305103302, -0.020826267078518867, -0.5242807269096375], "moving_variance": [0.18833133578300476, 0.723910391330719, 0.120383121073246, 0.0015804647700861096, 1.314831018447876, 0.0066926684230566025, 3.615844964981079, 281.1606140136719, 238.6784210205078, 110.04341125488281, 0.001971176126971841, 0.0032087680883705616, 6.094758987426758, 0.2524755001068115, 0.001594046363607049, 670.6187744140625, 0.0018933159299194813, 0.05719881132245064, 0.10002560168504715, 0.385239839553833, 0.24773350358009338, 16.342008590698242, 198.32850646972656, 0.08160585910081863, 42.11154556274414, 0.08917135745286942, 750.1412963867188, 1.0286638736724854, 3.845933437347412, 0.10774436593055725, 0.7609171867370605, 0.017338402569293976, 387.2620849609375, 360.7576904296875, 0.29670071601867676, 116.5586166381836, 0.0015671653673052788, 45.9107666015625, 490.681640625, 0.4193839728832245, 375.1258239746094, 0.38565558195114136, 0.05128040537238121, 0.5887682437896729, 365.2500915527344, 0.3990064561367035, 0.010863807052373886, 20.015460968017578, 0.2902738153934479, 0.07934175431728363, 0.0014034484047442675, 102.32505798339844, 7.911434173583984, 0.001057057292200625, 0.02128582075238228, 34.04777145385742, 0.0116996169090271, 0.8408191800117493, 0.0012786572333425283, 45.27360916137695, 0.006693634204566479, 0.0017769617261365056, 586.993408203125, 16.31743621826172]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"dtype": "float16", "momentum": 1.0, "num_features": 64}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false, false, true, true, false]}, "rtol": 0.001, "several": 4.0, "step": 4, "summary": "BatchNorm1d(64, momentum=0.0, track_running_stats=True, dtype=float16) on (3, 64, 23) float16, eval x2, train x2, eval (grad; input layouts contiguous,contiguous,transposed,contiguous,transposed; relation batch_permutation)", "torch_plan": {"assigned_init": {"running_mean": [-0.9033138751983643, -2.621793270111084, 1.2991406917572021, -2.9711217880249023, -0.32067495584487915, -2.44401216506958, 0.838321328163147, 3.146530866622925, -0.0006086538196541369, 3.75486421585083, -0.011421101167798042, 2.6253020763397217, -2.8231048583984375, -0.8966781497001648, -0.8504605293273926, -1.81964910030365, 1.090799331665039, 1.9083102941513062, -1.8251532316207886, -1.558300495147705, 0.7312083840370178, -2.478931188583374, 0.23309427499771118, -0.7252379059791565, -0.03307667747139931, 0.1684579998254776, 0.9163776636123657, -0.9252609014511108, 2.9466497898101807, 1.5138089656829834, -0.8433650732040405, -0.525876522064209, 2.05757737159729, 1.8097926378250122, 0.11691579967737198, 1.6326563358306885, 0.6797338128089905, -1.6106486320495605, 1.6770061254501343, 1.51725172996521, -2.1063737869262695, -0.789975106716156, -1.880932331085205, 3.130375862121582, -2.2309584617614746, -0.05681627243757248, -0.2142849564552307, -1.4592785835266113, -4.06923246383667, -0.10999801009893417, 0.03911986202001572, 1.2353233098983765, 0.4023975729942322, 3.2518913745880127, 1.1652934551239014, -2.7013278007507324, 0.5066579580307007, -0.46904855966567993, -0.6322446465492249, -0.10315867513418198, -0.5967236757278442, 1.15876305103302, -0.020826267078518867, -0.5242807269096375], "running_var": [0.18833133578300476, 0.723910391330719, 0.120383121073246, 0.0015804647700861096, 1.314831018447876, 0.0066926684230566025, 3.615844964981079, 281.1606140136719, 238.6784210205078, 110.04341125488281, 0.001971176126971841, 0.0032087680883705616, 6.094758987426758, 0.2524755001068115, 0.001594046363607049, 670.6187744140625, 0.0018933159299194813, 0.05719881132245064, 0.10002560168504715, 0.385239839553833, 0.24773350358009338, 16.342008590698242, 198.32850646972656, 0.08160585910081863, 42.11154556274414, 0.08917135745286942, 750.1412963867188, 1.0286638736724854, 3.845933437347412, 0.10774436593055725, 0.7609171867370605, 0.017338402569293976, 387.2620849609375, 360.7576904296875, 0.29670071601867676, 116.5586166381836, 0.0015671653673052788, 45.9107666015625, 490.681640625, 0.4193839728832245, 375.1258239746094, 0.38565558195114136, 0.05128040537238121, 0.5887682437896729, 365.2500915527344, 0.3990064561367035, 0.010863807052373886, 20.015460968017578, 0.2902738153934479, 0.07934175431728363, 0.0014034484047442675, 102.32505798339844, 7.911434173583984, 0.001057057292200625, 0.02128582075238228, 34.04777145385742, 0.0116996169090271, 0.8408191800117493, 0.0012786572333425283, 45.27360916137695, 0.006693634204566479, 0.0017769617261365056, 586.993408203125, 16.31743621826172], "weight": [-0.1227651908993721, -2.046182632446289, 1.1041735410690308, 1.7303215265274048, 0.4995459318161011, 1.3343275785446167, 0.12227093428373337, -1.4962822198867798, 0.04431777447462082, 1.2111846208572388, -0.00143892178311944, -0.8811740279197693, 1.1891437768936157, -2.756666660308838, -1.966532588005066, 2.6205179691314697, 2.0209951400756836, -0.07985309511423111, 2.884190797805786, -0.46976321935653687, 2.0757789611816406, 1.140651822090149, 2.119415521621704, -2.5851571559906006, 1.8918277025222778, 1.4130476713180542, 1.8328981399536133, -0.9168221354484558, 2.2686445713043213, -2.9731638431549072, 2.919294595718384, 1.9176092147827148, -1.7150737047195435, -2.7618958950042725, -1.8680152893066406, -2.397709369659424, -2.8588483333587646, -2.7201297283172607, -2.225010633468628, -0.9138374924659729, -2.904283046722412, -0.6313103437423706, 0.45938840508461, -0.04583508148789406, 0.5523501038551331, -1.932334303855896, 0.30447661876678467, -1.4054031372070312, -2.154998779296875, 0.8177137970924377, -1.2502809762954712, -0.20484885573387146, 2.0602781772613525, 1.6230331659317017, 2.9927284717559814, -1.9096357822418213, -1.7450571060180664, 0.5693577527999878, -2.228518486022949, -0.8591599464416504, -2.7675397396087646, 0.9021426439285278, -2.6753933429718018, 1.8673158884048462]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"dtype": "float16", "momentum": 0.0, "num_features": 64, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [false, false, true, true, false]}, "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
