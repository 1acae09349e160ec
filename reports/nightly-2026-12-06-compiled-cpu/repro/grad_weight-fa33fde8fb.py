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

PAYLOAD = json.loads(r'''{"atol": [0.008652425428698807, 0.007762243813335074, 0.008169467698778422, 0.00756896042582008, 0.007908382753318823, 0.008004492855410137, 0.007479160074469468, 0.008137646512255016, 0.007958575299274216, 0.0076023590466528105, 0.009126731574134449, 0.00817122750293947, 0.007585861980125734, 0.006709673156794507, 0.008785844196351861, 0.009198228317161928, 0.009229975774342052, 0.008302179652512814, 0.00906910739065755, 0.008671335611858115, 0.008975007203891352, 0.008765007450466763, 0.007464542730029476, 0.008609361281671595, 0.009138772520694264, 0.008378796141680222, 0.008285333742141448, 0.009175824640606808, 0.00827251230734625, 0.009594642177582904, 0.030548956921979755, 0.010639755138980337, 0.007811046696936398, 47.15049820679084, 0.008402712496592026, 0.007827750473342575, 0.007917914820305036, 0.008240181101840112, 0.008300129936786983, 0.007335204553879239, 0.008363700443681555, 0.008790892889284972, 37.89343905205144, 0.009036727099789612, 0.008275420868977893, 0.027753260754476664, 0.007284986984535351, 0.007375035590684367, 0.007544473100891855, 0.008640188199130424, 0.006968999560051739, 34.86529404676797, 0.007924896028085764, 0.00940518791877224, 0.009706513858527218, 0.008666541882700713, 0.008773058357533352, 0.00883004666492148, 0.007973751421142313, 0.010329989973666657, 0.00938406462668553, 0.0076874371300789815, 0.006986740409772728, 0.00712606095905601, 0.008167211782582097, 0.008792898827452034, 0.008599184875206134, 0.007398274508729381, 0.008210503005674486, 0.008842044953070382, 0.011159119621967152, 0.008566799125517523, 0.008489923246040025, 0.008067168021386307], "case": {"affine": true, "bias": [1.0335148572921753, -0.45524442195892334, 2.914375066757202, -0.5735945701599121, 2.7291786670684814, 1.7769877910614014, 1.6181974411010742, -0.4955359399318695, 0.46480438113212585, -1.0639783143997192, -0.393593966960907, -1.356534481048584, 1.4029394388198853, -1.8494113683700562, 0.41515132784843445, -0.7303211688995361, -2.482898712158203, -2.0443811416625977, -2.631558418273926, -3.0765507221221924, -0.6049994826316833, 5.308989524841309, -1.644431233406067, 0.8145148754119873, -0.845311164855957, 0.9731617569923401, -0.5463259220123291, 0.7385271787643433, -0.6653193235397339, 0.9653339982032776, 3.947664260864258, -1.0224939584732056, -1.8574774265289307, -2.426980972290039, 2.368903160095215, -2.800725221633911, 0.06055600196123123, 0.7459514141082764, -4.099795818328857, 0.1252196729183197, -0.10647100955247879, -1.452457308769226, 0.41308262944221497, 0.5916836261749268, 3.449897050857544, -2.9364066123962402, -3.700620174407959, 2.3538310527801514, -0.8305272459983826, 1.100818157196045, 1.6403253078460693, -0.7529022097587585, 0.23772335052490234, 1.0458685159683228, -4.468326091766357, 0.6613984704017639, 0.7665495276451111, 0.9187124967575073, 5.056579113006592, -0.7192164063453674, 1.3309756517410278, -2.4065377712249756, -4.702357292175293, -2.326677083969116, -2.923243284225464, 2.2125084400177, -1.381436824798584, 1.0033832788467407, -0.31530967354774475, 1.2994199991226196, -2.575355291366577, 1.4234999418258667, 2.5357165336608887, 0.46077054738998413], "dtype": "float32", "eps": 1e-05, "grad": true, "grad_seed": 181, "mindspore": {"pass_use_batch_statistics": true}, "momentum": 0.5, "num_features": null, "omit": ["eps"], "param_dtype": "float16", "rules_off": [], "running_mean": null, "running_var": [766.9965209960938, 0.009705938398838043, 28.442649841308594, 0.0012020248686894774, 3.440589427947998, 0.016188830137252808, 0.006911542732268572, 0.3175727128982544, 17.056407928466797, 44.55357360839844, 5.0171918869018555, 0.0018813256174325943, 406.1957092285156, 0.003509355941787362, 29.00289535522461, 1.1623461246490479, 18.943761825561523, 0.0022286856546998024, 1.931849479675293, 0.02703782729804516, 0.28978294134140015, 3.1257832050323486, 12.85689926147461, 35.96385955810547, 0.004101698752492666, 122.95063781738281, 0.039310239255428314, 0.5323866009712219, 5.706433296203613, 0.7021183967590332, 0.0514528751373291, 0.029775995761156082, 2.630783796310425, 0.00835583359003067, 82.00526428222656, 0.10488756000995636, 106.16584014892578, 202.8468017578125, 212.972900390625, 0.9876689314842224, 924.46533203125, 0.0012443698942661285, 11.49306583404541, 0.009096615016460419, 0.040207184851169586, 105.7618179321289, 0.034899983555078506, 0.001024718163534999, 0.11180829256772995, 0.13561567664146423, 0.0233064666390419, 0.26917922496795654, 7.912832260131836, 1.7337373495101929, 0.6470638513565063, 0.016545403748750687, 0.7949408292770386, 0.09636490792036057, 132.22059631347656, 292.7188720703125, 7.115894794464111, 107.72679138183594, 1.225700855255127, 0.47906529903411865, 11.495892524719238, 0.0016372973332181573, 3.6586861610412598, 0.22567665576934814, 0.0075917490758001804, 0.03859506547451019, 7.969269752502441, 40.772396087646484, 0.411338746547699, 50.534950256347656], "schema": 1, "shape": [6, 74, 30], "steps": [{"input": {"constant_channels": [33, 42, 51], "offset": -100.0, "outliers": 2, "scale": 100.0, "seed": 179004}, "mode": "train"}, {"input": {"constant_channels": [33, 42, 51], "offset": -100.0, "outliers": 2, "scale": 100.0, "seed": 71249711, "specials": [[62, "-inf"], [206, "-inf"]]}, "mode": "eval"}], "threads": 0, "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_weight-fa33fde8fb", "kind": "grad_weight", "quantity": "grad_weight", "reference": {"data": "3D+84a+OFkDuwS2VKQYbwPpIefkm0xTAaK5BDeU/EEBQ6/3gU1IawKaBhJRcGCvAIbejUY+aIsCLizo5mA8uwKTUbNsP+CdA3EnAfDggJcB0kxYhjVo5QMRxCrYEjRXADxD8YRKPH0DAzlyZ7V4iQEjBnK/1NylAaGwqeoL3HMAe6AH6jIA1QGRaiiZHPhrAGOCSc1O8LsBKV+nYXrY5wJvCocdWxSFA7344UrpxI0B+mBojCIg3wDEdR658YR9AHNy9zVfTC0CMy2AKgTP1v30kRNLuOSrAfJZ43O5HF0CyUnWcfukqwP4SMR9JNRdAJ3cGQCfKIUAbiUgDVAEhwAOqXHUtwhbAAAAAAAAAAAAZpvtEnJkiwMizrbQETyHA4sse8sOXIUDTtXW7NN8xQDnhbDlEXNA/FBdKwP5/JEA504v01LspQCESL4terv2/AAAAAAAAAAAU9wWUTiIlwBd6hrS1Xx/AxkpI3/hEOkAsY4BAjPwSQMifpRZ58SNAQJIuK1cesb9BFThpW4IUQFzvSBd96BHAAAAAAAAAAACs9WkU5GMzQCB+W9IqfifAzRSPPd/HI8AB3J52rY4owNl5Z1rsqDDAfVAFZ79gK0DTUMMd/sIYwFZK5TvD4i5Acj2OAdLNHcCmRVk7ofEEwBSSvJV0OixAiAyPG7K0KMDjWmAVugYjQDvHkwndxCVASmI379r8IEBuc9XHD8UmwPKtJ/TPuhxABhz1mMBpMUAsopZ/NbkWQDdEtxm77QfAuNT1lallKECwhPDL4k8qQA==", "shape": [74]}, "rtol": 0.001, "several": 4.0, "sides": [{"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn", "mode": "eager", "plan": {"assigned_init": {"beta": [1.0335148572921753, -0.45524442195892334, 2.914375066757202, -0.5735945701599121, 2.7291786670684814, 1.7769877910614014, 1.6181974411010742, -0.4955359399318695, 0.46480438113212585, -1.0639783143997192, -0.393593966960907, -1.356534481048584, 1.4029394388198853, -1.8494113683700562, 0.41515132784843445, -0.7303211688995361, -2.482898712158203, -2.0443811416625977, -2.631558418273926, -3.0765507221221924, -0.6049994826316833, 5.308989524841309, -1.644431233406067, 0.8145148754119873, -0.845311164855957, 0.9731617569923401, -0.5463259220123291, 0.7385271787643433, -0.6653193235397339, 0.9653339982032776, 3.947664260864258, -1.0224939584732056, -1.8574774265289307, -2.426980972290039, 2.368903160095215, -2.800725221633911, 0.06055600196123123, 0.7459514141082764, -4.099795818328857, 0.1252196729183197, -0.10647100955247879, -1.452457308769226, 0.41308262944221497, 0.5916836261749268, 3.449897050857544, -2.9364066123962402, -3.700620174407959, 2.3538310527801514, -0.8305272459983826, 1.100818157196045, 1.6403253078460693, -0.7529022097587585, 0.23772335052490234, 1.0458685159683228, -4.468326091766357, 0.6613984704017639, 0.7665495276451111, 0.9187124967575073, 5.056579113006592, -0.7192164063453674, 1.3309756517410278, -2.4065377712249756, -4.702357292175293, -2.326677083969116, -2.923243284225464, 2.2125084400177, -1.381436824798584, 1.0033832788467407, -0.31530967354774475, 1.2994199991226196, -2.575355291366577, 1.4234999418258667, 2.5357165336608887, 0.46077054738998413], "moving_variance": [766.9965209960938, 0.009705938398838043, 28.442649841308594, 0.0012020248686894774, 3.440589427947998, 0.016188830137252808, 0.006911542732268572, 0.3175727128982544, 17.056407928466797, 44.55357360839844, 5.0171918869018555, 0.0018813256174325943, 406.1957092285156, 0.003509355941787362, 29.00289535522461, 1.1623461246490479, 18.943761825561523, 0.0022286856546998024, 1.931849479675293, 0.02703782729804516, 0.28978294134140015, 3.1257832050323486, 12.85689926147461, 35.96385955810547, 0.004101698752492666, 122.95063781738281, 0.039310239255428314, 0.5323866009712219, 5.706433296203613, 0.7021183967590332, 0.0514528751373291, 0.029775995761156082, 2.630783796310425, 0.00835583359003067, 82.00526428222656, 0.10488756000995636, 106.16584014892578, 202.8468017578125, 212.972900390625, 0.9876689314842224, 924.46533203125, 0.0012443698942661285, 11.49306583404541, 0.009096615016460419, 0.040207184851169586, 105.7618179321289, 0.034899983555078506, 0.001024718163534999, 0.11180829256772995, 0.13561567664146423, 0.0233064666390419, 0.26917922496795654, 7.912832260131836, 1.7337373495101929, 0.6470638513565063, 0.016545403748750687, 0.7949408292770386, 0.09636490792036057, 132.22059631347656, 292.7188720703125, 7.115894794464111, 107.72679138183594, 1.225700855255127, 0.47906529903411865, 11.495892524719238, 0.0016372973332181573, 3.6586861610412598, 0.22567665576934814, 0.0075917490758001804, 0.03859506547451019, 7.969269752502441, 40.772396087646484, 0.411338746547699, 50.534950256347656]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float16", "momentum": 0.5, "num_features": 74, "use_batch_statistics": null}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, false]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn+jit", "mode": "jit", "plan": {"assigned_init": {"beta": [1.0335148572921753, -0.45524442195892334, 2.914375066757202, -0.5735945701599121, 2.7291786670684814, 1.7769877910614014, 1.6181974411010742, -0.4955359399318695, 0.46480438113212585, -1.0639783143997192, -0.393593966960907, -1.356534481048584, 1.4029394388198853, -1.8494113683700562, 0.41515132784843445, -0.7303211688995361, -2.482898712158203, -2.0443811416625977, -2.631558418273926, -3.0765507221221924, -0.6049994826316833, 5.308989524841309, -1.644431233406067, 0.8145148754119873, -0.845311164855957, 0.9731617569923401, -0.5463259220123291, 0.7385271787643433, -0.6653193235397339, 0.9653339982032776, 3.947664260864258, -1.0224939584732056, -1.8574774265289307, -2.426980972290039, 2.368903160095215, -2.800725221633911, 0.06055600196123123, 0.7459514141082764, -4.099795818328857, 0.1252196729183197, -0.10647100955247879, -1.452457308769226, 0.41308262944221497, 0.5916836261749268, 3.449897050857544, -2.9364066123962402, -3.700620174407959, 2.3538310527801514, -0.8305272459983826, 1.100818157196045, 1.6403253078460693, -0.7529022097587585, 0.23772335052490234, 1.0458685159683228, -4.468326091766357, 0.6613984704017639, 0.7665495276451111, 0.9187124967575073, 5.056579113006592, -0.7192164063453674, 1.3309756517410278, -2.4065377712249756, -4.702357292175293, -2.326677083969116, -2.923243284225464, 2.2125084400177, -1.381436824798584, 1.0033832788467407, -0.31530967354774475, 1.2994199991226196, -2.575355291366577, 1.4234999418258667, 2.5357165336608887, 0.46077054738998413], "moving_variance": [766.9965209960938, 0.009705938398838043, 28.442649841308594, 0.0012020248686894774, 3.440589427947998, 0.016188830137252808, 0.006911542732268572, 0.3175727128982544, 17.056407928466797, 44.55357360839844, 5.0171918869018555, 0.0018813256174325943, 406.1957092285156, 0.003509355941787362, 29.00289535522461, 1.1623461246490479, 18.943761825561523, 0.0022286856546998024, 1.931849479675293, 0.02703782729804516, 0.28978294134140015, 3.1257832050323486, 12.85689926147461, 35.96385955810547, 0.004101698752492666, 122.95063781738281, 0.039310239255428314, 0.5323866009712219, 5.706433296203613, 0.7021183967590332, 0.0514528751373291, 0.029775995761156082, 2.630783796310425, 0.00835583359003067, 82.00526428222656, 0.10488756000995636, 106.16584014892578, 202.8468017578125, 212.972900390625, 0.9876689314842224, 924.46533203125, 0.0012443698942661285, 11.49306583404541, 0.009096615016460419, 0.040207184851169586, 105.7618179321289, 0.034899983555078506, 0.001024718163534999, 0.11180829256772995, 0.13561567664146423, 0.0233064666390419, 0.26917922496795654, 7.912832260131836, 1.7337373495101929, 0.6470638513565063, 0.016545403748750687, 0.7949408292770386, 0.09636490792036057, 132.22059631347656, 292.7188720703125, 7.115894794464111, 107.72679138183594, 1.225700855255127, 0.47906529903411865, 11.495892524719238, 0.0016372973332181573, 3.6586861610412598, 0.22567665576934814, 0.0075917490758001804, 0.03859506547451019, 7.969269752502441, 40.772396087646484, 0.411338746547699, 50.534950256347656]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float16", "momentum": 0.5, "num_features": 74, "use_batch_statistics": null}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, false]}}], "step": 0, "summary": "BatchNorm1d(74, momentum=0.5, affine=True, track_running_stats=True, dtype=float16) on (6, 74, 30) float32, train, eval (grad; use_batch_statistics=None; torch threads: default)", "torch_threads": null}''')  # filled in by fuzz/report/repro.py


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
