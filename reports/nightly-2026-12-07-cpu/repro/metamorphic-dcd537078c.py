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

PAYLOAD = json.loads(r'''{"atol": [0.007877413638119361, 0.007282789028859182, 0.011796625358579015, 0.008422483689518354, 0.010606583246624163, 0.010287493782061273, 0.017809840734171176, 0.013831671028225042, 0.0116312957730063, 0.01710442269589253, 0.011419028671865903, 0.0066133904795932195, 0.024866930035648768, 0.008279623598922821, 0.01645354418885073, 0.014524284864551774, 0.012483663588779456, 0.00929008889078846, 0.012019283673379125, 0.014807565331020801, 0.005393443556076077, 0.019478934375092575, 0.012179693122943957, 0.009076053788467315, 0.013798592629486656, 0.0067578491527702945, 0.011068030096706058, 0.0143068549753436, 0.009624497880240659, 0.009342712680031971, 0.01501001939778482, 0.009672382557623347, 0.008647155327013625, 0.0101698368216884, 0.008172440157876014, 0.010982178728515177, 0.010518403369790512, 0.006515083035309472, 0.012651377468435256, 0.018537091827553843, 0.017481158497580602, 0.019648603085445908], "case": {"affine": true, "bias": [0.2514604330062866, -0.26420971751213074, 1.280845284461975, 0.20980022847652435, -1.0713387727737427, 0.7231901288032532, 2.6080000400543213, 1.8941619396209717, -1.407470464706421, -2.5308430194854736, -1.2465488910675049, 0.08265195786952972, -4.65006160736084, -0.437583327293396, -2.4918220043182373, -1.4645347595214844, -1.0885180234909058, -0.6326003074645996, 0.8232610821723938, 2.085026741027832, -0.25706931948661804, 2.732926845550537, -1.330389380455017, 0.7030201554298401, 1.8069403171539307, 0.1880245953798294, -1.4869985580444336, -1.8434507846832275, -0.9154516458511353, 0.4403902590274811, -2.0192363262176514, -0.4183511435985565, -0.31845003366470337, 1.0816911458969116, 0.42931824922561646, 0.7107453942298889, -1.307657241821289, -0.25922727584838867, 1.567950963973999, 2.9868621826171875, -2.5181310176849365, 3.0278475284576416], "dtype": "float16", "eps": 1.0, "grad": true, "grad_seed": 65499, "mindspore": {"data_format": "NCHW", "pass_use_batch_statistics": true}, "momentum": 2.225073858507203e-309, "num_features": null, "omit": [], "param_dtype": "float16", "relation": "gradient_sums", "rules_off": [], "running_mean": null, "running_var": [3.668283224105835, 5.221371173858643, 0.0017915897769853473, 44.24543762207031, 10.920633316040039, 0.6465905904769897, 88.50730895996094, 0.5709946751594543, 326.5638122558594, 0.18545430898666382, 31.637706756591797, 886.7469482421875, 5.903244495391846, 0.2010609656572342, 82.46247100830078, 544.2146606445312, 0.0018536456627771258, 73.54205322265625, 75.32831573486328, 0.04468933120369911, 0.0015218143817037344, 0.02552083693444729, 665.0005493164062, 566.977783203125, 0.7505117654800415, 39.869781494140625, 375.75592041015625, 0.003363017924129963, 0.08540207147598267, 0.08645354211330414, 0.01866791769862175, 663.965576171875, 300.3697509765625, 0.08490470796823502, 0.029848730191588402, 721.415283203125, 0.9405913949012756, 2.100538492202759, 463.4201965332031, 0.04780126363039017, 0.019954172894358635, 0.09030947834253311], "schema": 1, "shape": [6, 42], "steps": [{"input": {"constant_channels": [20], "layout": "transposed", "offset": 1000.0, "outliers": 3, "scale": 10.0, "seed": 5375749}, "mode": "eval"}, {"input": {"constant_channels": [20], "layout": "strided", "offset": 1000.0, "outliers": 3, "scale": 10.0, "seed": 177}, "mode": "train"}, {"input": {"constant_channels": [4], "offset": 1.0, "scale": 0.01, "seed": 2214340201}, "mode": "eval"}, {"input": {"offset": -100.0, "scale": 100.0, "seed": 630966}, "mode": "train"}, {"input": {"offset": 1000.0, "outliers": 2, "seed": 101879}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "metamorphic-dcd537078c", "kind": "metamorphic", "quantity": "output", "reference": {"data": "TmSbhJyh7D/I6EeQWYL0v89Fs0sO1eE/Mm5Qtz5g2r/dqC6Nx471v2BN+wtzzrw/oJpDWigLCUCpfk+BBR4GQOezrL+NK+u/oTyrgghKA8DOf/WFIw7nvxTaJ4ym/do/Y0LkuaqrEMColJSs/fLIv06nepeXEfa/cp4aNcKK/r8N5MaPW/34vzJVkHCestm/44FWmXx5CEA35Rd8E4TxPwAAAODSc9C/e0Xy/u5HAkC2+eOJaBcIwOvgXypK1wBARlwMtblD+T8XZmx4JYvCPwyw8uo2sNi/yom4iAI56L+gSX0FsiinP+MbYl64PPa/TAFaXGJj17+IAeYAKePEP4AhWEqUXvc/qCbc2mFf0D8DB17cucr0PzRpqybmTPs/ev+OXS4T6L8o90lkEGbpv1JlCKPotP8/MPi0CgpA+j8QM28OnhoDwG0O4R84YQtAYT3C1RO19b85/zvDPEbmP7voJJ+2bP0/gdzm6ooT7j+o+hljoprAP573a1EjbPo/Q3lJHzJgBkDgXhjeiUbWP5UVnWvY0ee/qfKsKqJqAMA59zYy6pDiv5hJJ0acp/A/Y0LkuaqrEMBhbOzeMXn4v9QFGT9ykgfAWBfNgXGd/r9sSCCercjsPwAyVOoY/II/l4CGZjwN2D8+dU3pHiz1PwAAAODSc9C/yzeZQC1QAkDkIfus86n9v8hiVAKp7Om/Spnqd8huC0Bo9FslRWXyv3JMNf2g7AXAp4PJU2DQ9b/gk9HMzgQCwNBMWIO/9vk/TwHZRVhgBMCwDelJRVu2P+Fvp7obfu2/xH6sJjb3079+KuL0UXD/P1jfgssNyfg/TQc3XtTgAMDewFahjMDuP8C8S0GrFrE/rIFra7KCDECukSjmFCz1v65LkxL2K/M/jLQX1WYB7b9M4IdiJUnZP9JFVCkpBQJATmYuNvUjwr8S1YMIfpX/v2BN+wtzzrw/lIUVvSzy/z9dgkNarL0GQGt1MWqT3gXANN6pYlqWBcAZQAW9qFz8vx40aoWNJPS/glbRI2nOE8Cco+OZkB4AwEdYQnxSCQjAGITiiqaU/r8DlPTPU+7yvzJVkHCestm/LVuNTRfJ1z/y35QlLgz6PwAAAODSc9C/o77FHw5MAkCFozUTJ7r1vxgBsmtiW/A/8HhwAaXQAEB+WsglhuPyPwjVUNELTQDAyom4iAI56L9vezmIllnov3x8LSObTPU/NNDN6NwhC8B0e2TcGifUP51JnCRnefq/qgm31nNm5T8Qx7OHQ0rkP19pnDWNuNw/eM7RU0raAsCMwCsHF1H4v4Gc5ZHTXu0/fQF8X2j/C0Coj/svwkMAwIJE1GWP7wdATmSbhJyh7D+OdTc7MMfrP2h0ufqjjda/bGLAI7Uc8L+jgOxBGs4EwHFWsozqqANAHwAt0VNG9T8YcjQwAF3mP2t1MWqT3gXAPVdRHYTTEMAAPpiG0XkFwERfYUb3Ieq/uCRmaOhAFcDC2Ng9BvHkP7A1MlrVmw3A3KGLuWCw6D8YfpNHRM7/v3S1gV07AALAcRKrehDq1z9o1Y74QG4KQAAAAODSc9C/mcDFQrxFAkCyNIEMV+fsv5Q6bIrxMdm/1IxJ3Kpa4j/5QK3vCEX0P2z1ownBPATAvVhkV5NlA8C+uYmC5IX/vxz9veWwfuk/TaYsF6E78r/IOHPA3gUDwKtdvpHQBuy/MK6969/I8z90ceoVEmPSvymNwm88OvO/0Pt37CI4yb96dJsKR4bePzL+jr4zXQhAxP3FcJ+9AUDS9AVVSR/9v1nY7dng0g5ARtqLiqWS6j8VPaSEa0Dgv4wuNRaQrANAplTWyAQsAECAqVkkjUCpv7DmfKsV8NS/G3Nj0DSXEUCNc3P2ED8EQG/H7d1WnPK/Y9eoypdPB8CUeICI27zQP5qs3AOn9de/gq9L2FmoCMAQ3zMpU/egvy4Ay4knR+2/tH8umUyW/r8YfpNHRM7/vyAYDqjH8eg/eMqIhJZI2D/CirKWSN4MQAAAAODSc9C/lhvl/z7gE0CMsXK1C+rSP5ioUd64BfM/CZnXfvS1A0DuDXdbwgPxvygV16/DYc+/nCPS1JjHAcC5zTnMnlXxv8AmF9pK8bO/rhEyutYfAsAvNcaXp87wv2xdbRDtoMw/2I/VJILNA0BQ/keVyg6gv19pnDWNuNw/eM7RU0raAsC6HNHvKhLlP9fLhyC0sAJAU8IxlalbEkAiOdbf0zcRwJoDcDf16gNANsZsNrxu8j98q0FVqBP8v3PROfWMve0/TmYuNvUjwr9g5mkTHcTiv1ywPPp1RdU/lIUVvSzy/z/jYikmonABQPD3Ox03Rcy/cLHJqmrl7L+JJtS7k7r/vxTOYCguu/c/PyjakybfGMAS440KeIffP0dYQnxSCQjAWBfNgXGd/r/sX1tAFLfmv/IekBLff/i/PTgEAvxM2D9FBYNWKtT4PwAAAODSc9C/U8we3s9DAkCIWSPTkWvyv9jUAaWNsPE/9AzT2BQ35j82tJ9o8PfnP6OH6D2wdu+/7nyIJXVKDMCeBK+4Be3gP0QYe4qHANc/fokFgBdAA8Ag2mBzfJTWP0jptAx4SMK/qOEXmT1TAUC6OPXaBRDwv48QxkJJA/U/8IRDf+bYsr9OD+pRk2n1v/57wqFp9PA/VH6UlH1HA0ALiFEkFOsJwKSV0Q/M2BBA", "shape": [6, 42]}, "rtol": 0.001, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"bias": [0.2514604330062866, -0.26420971751213074, 1.280845284461975, 0.20980022847652435, -1.0713387727737427, 0.7231901288032532, 2.6080000400543213, 1.8941619396209717, -1.407470464706421, -2.5308430194854736, -1.2465488910675049, 0.08265195786952972, -4.65006160736084, -0.437583327293396, -2.4918220043182373, -1.4645347595214844, -1.0885180234909058, -0.6326003074645996, 0.8232610821723938, 2.085026741027832, -0.25706931948661804, 2.732926845550537, -1.330389380455017, 0.7030201554298401, 1.8069403171539307, 0.1880245953798294, -1.4869985580444336, -1.8434507846832275, -0.9154516458511353, 0.4403902590274811, -2.0192363262176514, -0.4183511435985565, -0.31845003366470337, 1.0816911458969116, 0.42931824922561646, 0.7107453942298889, -1.307657241821289, -0.25922727584838867, 1.567950963973999, 2.9868621826171875, -2.5181310176849365, 3.0278475284576416], "running_var": [3.668283224105835, 5.221371173858643, 0.0017915897769853473, 44.24543762207031, 10.920633316040039, 0.6465905904769897, 88.50730895996094, 0.5709946751594543, 326.5638122558594, 0.18545430898666382, 31.637706756591797, 886.7469482421875, 5.903244495391846, 0.2010609656572342, 82.46247100830078, 544.2146606445312, 0.0018536456627771258, 73.54205322265625, 75.32831573486328, 0.04468933120369911, 0.0015218143817037344, 0.02552083693444729, 665.0005493164062, 566.977783203125, 0.7505117654800415, 39.869781494140625, 375.75592041015625, 0.003363017924129963, 0.08540207147598267, 0.08645354211330414, 0.01866791769862175, 663.965576171875, 300.3697509765625, 0.08490470796823502, 0.029848730191588402, 721.415283203125, 0.9405913949012756, 2.100538492202759, 463.4201965332031, 0.04780126363039017, 0.019954172894358635, 0.09030947834253311]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float16", "eps": 1.0, "momentum": 2.225073858507203e-309, "num_features": 42, "track_running_stats": true}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [false, true, false, true, true]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn", "mode": "eager", "plan": {"assigned_init": {"beta": [0.2514604330062866, -0.26420971751213074, 1.280845284461975, 0.20980022847652435, -1.0713387727737427, 0.7231901288032532, 2.6080000400543213, 1.8941619396209717, -1.407470464706421, -2.5308430194854736, -1.2465488910675049, 0.08265195786952972, -4.65006160736084, -0.437583327293396, -2.4918220043182373, -1.4645347595214844, -1.0885180234909058, -0.6326003074645996, 0.8232610821723938, 2.085026741027832, -0.25706931948661804, 2.732926845550537, -1.330389380455017, 0.7030201554298401, 1.8069403171539307, 0.1880245953798294, -1.4869985580444336, -1.8434507846832275, -0.9154516458511353, 0.4403902590274811, -2.0192363262176514, -0.4183511435985565, -0.31845003366470337, 1.0816911458969116, 0.42931824922561646, 0.7107453942298889, -1.307657241821289, -0.25922727584838867, 1.567950963973999, 2.9868621826171875, -2.5181310176849365, 3.0278475284576416], "moving_variance": [3.668283224105835, 5.221371173858643, 0.0017915897769853473, 44.24543762207031, 10.920633316040039, 0.6465905904769897, 88.50730895996094, 0.5709946751594543, 326.5638122558594, 0.18545430898666382, 31.637706756591797, 886.7469482421875, 5.903244495391846, 0.2010609656572342, 82.46247100830078, 544.2146606445312, 0.0018536456627771258, 73.54205322265625, 75.32831573486328, 0.04468933120369911, 0.0015218143817037344, 0.02552083693444729, 665.0005493164062, 566.977783203125, 0.7505117654800415, 39.869781494140625, 375.75592041015625, 0.003363017924129963, 0.08540207147598267, 0.08645354211330414, 0.01866791769862175, 663.965576171875, 300.3697509765625, 0.08490470796823502, 0.029848730191588402, 721.415283203125, 0.9405913949012756, 2.100538492202759, 463.4201965332031, 0.04780126363039017, 0.019954172894358635, 0.09030947834253311]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "data_format": "NCHW", "dtype": "float16", "eps": 1.0, "momentum": 1.0, "num_features": 42, "use_batch_statistics": null}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false, true, false, true, true]}}], "step": 1, "summary": "BatchNorm1d(42, eps=1.0, momentum=2.225073858507203e-309, affine=True, track_running_stats=True, dtype=float16) on (6, 42) float16, eval, train, eval, train x2 (grad; input layouts transposed,strided,contiguous,contiguous,contiguous; use_batch_statistics=None; data_format=\u0027NCHW\u0027; relation gradient_sums)", "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
