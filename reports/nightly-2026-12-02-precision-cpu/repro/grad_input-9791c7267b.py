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

PAYLOAD = json.loads(r'''{"atol": [0.09124738252826595, 0.08844225233974866, 0.09528465056663674, 0.10680609762350246, 0.10276214600751649, 0.10161763139921856], "case": {"affine": true, "bias": null, "dtype": "float16", "eps": 1e-05, "grad": true, "grad_seed": 317, "mindspore": {"data_format": "NCHW"}, "momentum": 0.1, "num_features": null, "omit": [], "param_dtype": "float16", "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [8, 6, 12], "steps": [{"input": {"offset": 1000.0, "outliers": 2, "scale": 0.01, "seed": 64917}, "mode": "train"}, {"input": {"offset": 1000.0, "outliers": 2, "scale": 0.01, "seed": 479001600}, "mode": "train"}, {"input": {"constant_channels": [5], "layout": "transposed", "offset": -1.0, "outliers": 2, "scale": 0.01, "seed": 7691267}, "mode": "eval"}, {"input": {"offset": 100.0, "seed": 346}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_input-9791c7267b", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "XR6JVswC9D9Xaw9v3777v2a/1d3kVfg/SbnbJBNk87+CSZovxGWov7C3irQNWPU/N99HIGI29L84TJnBPomsPzRULvNZxcK/k7GQ+ztmAMA6ZRW2Dc0GwCSEMh1iTOG/7NSVQQiK0T/CPNCUS7/DvznZr/O8g+s/tM6DV08G4j+7XjQVhGLSP2YuqbsKzca/FWI8EaHVwD8ra2O2wMq5vzAztq51yPU/1uHNvZC1vj/QqhzSR3jlv5bny/8yFbA/bwPA4dpw1T9UtcI297e1P9nodRShsve/zf49TC4u2r+/Rznw9Ff7P47b0C2E0+i/mLWCby9e5z+zZkUao7LyP7q9JU8vrte/4yXtVdzY0T9Z/R0U+RvBv0geyudM1dS/+paX5jFG0T/dKI4uv5nTvw0iq2rYiNu/rRaneb3R17+mv8ZEMdaiv9bIaQcSv9k/ZHxNGfiH87/qzwwEMXbjPx4JQlpoTOc/+kNYbWmk5D+sBiHz9de4PzEAX9C/CeK/fyTM0Ur9qT+B4RLfSVXsv5XotdtoDGY/wnfLg0tF2D9TpTywL77WP8v3+7eHE8A/mLWCby9eB8AO3/F31+DdPylGuZujcgFAeu33qU31sj8ls2EIvenoP86r/tJljP0/3+XUO77x9b9Y5VTKTaXyv5Q79VQxruI/dOdUkA/X/z/l4jNj2zDkvxhfIqwTr9U/GWZkQLrJ3789l1cfauyyPwZ4i7yD66m/XMKn5Nvw4j8bj7Q/apyiP9Eu0N+EGwfAqIOPztFX+b/lSpJZfbsBQLjmOQPtffK/NV7GIRN68L9dHolWzALkP5glMTETDO+/7Gpd4kZS0r8TIYjoRia4PzhMmcE+ibw/dyfMqVxWoL899Xp6chjnP8H01yviI9+/q5foBZyK+T/AMbG3J0DlvyU0ssp3jQBAAG9pwF6gtT9bJIb66BLTvyPbsviLbvk/nGxd4EPy8b8dS/dtjLHwv5hWHyb889Q/hAo3aTjewb+05NerLMb/vyXbpyvBDaG/cW3HdREny7/ODsTS9SfZPwmoHVDa2Ma/CUVYUEo9yz8LZWRd2TD5vyg2MxXcePK/zx5KWb0h+D9xI8zuaWTzv3vks7csFv6/UCJroxAvvb+sBiHz9dfovzt3SxLb+PQ/rRaneb3R57++SDofMrrwv40uEKdMddW/w4dRChM/97+V6LXbaAy2P+oZCIvYOOs/5Swv6oLzqz+HMbF/Lzb3v+D1WsKF6/Q/9Eb5RUxl1r+YYkP2Zrz6Pz2XVx9q7OI/p3wNUjAu5b+mbIfLaDTmv9OxoeyjqgDAlvg7YjAG9T9JLlBuFM/zv1XFSL2+sdQ/OPR5Bbxp+78dr8BM+Y8AQM1RfcX2z/Y/LcBGtqEixr/egg88Llb6P9mVNpvYEPu/IuaUdPaXxz8Mv+VqSO3PPyo9damCk+w/zVF9xfbP9r9oWaAzhtPTPzS0Yeudgu8/EO93/p7a3L+gbyikS/XXP6DS7aPbkPO/Z5MVNGac7D+j+jx0TgEBQJ3sVpcsZu6/OO4r5nfF4L+wH5C+jdDuP5jHw1VMSAPA085rMJNRrr/iuiyVGHDxP3cigBIAfPG/OOSTt74Q4z8WP1B0ckQBwF0U8ScTTra/MLXkaN/q9b9t5Oz9Csfnv0s6XSNiIOe/gf8iWd+/+79F2KgK8F3oP5wefet7Uvm/iI/TFhQczL9Q4svLERjcv75/p0aFof6/ndCRKelR6L+K6NLo/zrzvwM3x4Xe/uk/HQhBI7Px7r8v2qsPv0j2v/GyPI6aR9u/B4gRQ0vl+L8mYCKP9Ef8vx6mfFrYsIs/Y8+MksAp4D+mbIfLaDT2v/WpvkXcAPI/JKPbgfXvyT+4AN9BMFblv1Arr5UxDuI/VrwEy53S77+/9Pl2LLbevxK8RJJlLN6/FMzKGC0mjT9bX+LkS1WXP6YJwsvYmOq/5wJAcGok8j/yibI4TQ0EQPM2c7+Ea/c/9aB6U7sh7b/zNnO/hGv3v6a2glIQ982/nJLVib2p5z/rxsgREJfuP4hBNwb3L/Y/OJG0BSzOrz9ljNOfv4Hyv+U1c9yj0vA/LhrIwxDfvD/XKy8HolrVP3o38zD1t6o/wsoK/RPnBMBIHsrnTNX0vyLmlHT2l+e/jj6WLRRv9D+nfA1SMC71P+efenDaiNa/vpp4ab351z9DjHODo67hv1mim9dM/dQ/WfXaUBWfAcAImJfJEt/3P1uyIV4U9+O/K037L0qN678MEiXkEI+sP8IljTnABfG/2ZU2m9gQ678ITpxCaxzwv++85aSGu+I/WX8/zFEo97/3h9/QUYfbP4p9lRUAZvQ/t+Hta5Cj0z8WP1B0ckTRPy2XHN2zzPw/7XT1EAAHwL9YdaedmHP5v0UkKslRPtS/jnpMe0EEzT8dzGyeGC76P9+SzNoznYq/v3+cebpA5r/ER+9xbz7yv5/m2rD7sM0/o64tqbCuyb+YCD8xNFTcv467WlhueZ6/0Q5RG+3X2z85zoVJzqO0vw7Si1NsedC/5UTlg9Mtob9NGm4GkrmXv8/4B5TaeMY/yb4lMhBH3r/6Q1htaaQEQLRth65Jzaw/+TPS5qGqBcA4R7l+hAvYP0U4M9udqu8/UCJroxAv3b99FUd6wGXwv0kuUG4Uz/O/R6t+YfU/6r8tIwy2Mb4BwPddwWC6eb8/RN6xzS7u2D8ZHGm5Egf4v/LTrb/0z8s/tdBMrtlo+D8MI6yZFesAQC0KQj1J5f0/zf49TC4u2r/qzwwEMXbjP1uyIV4U9/M/hoTw+PfX8z8laWaBFSexv+MMI93z/92/GW+oMtuo5L+GhPD499cDQGXWziZnROo/0ZGV3xS34j9/dwtLE5/WvyLmlHT2l+e/8XkssoUT1T9jx0nP3KzgP/5qpg6fsuw/vlB94hU38L/Qywrg9H/rPwwr71z5Z/A/StsQ9Ust979Fm/jaLUb7P8LKCv0T5/S/XRwp8kqt+T+saebyhXMEQBLFiISGC7M/BR4KrxQv8z98DQS33Ojwv4LxmGURT9s/lIXw29hwyj8YqR0zu3HtP5ELY8HawPU/rTG9HmLB4r8mCgCzDePjv59KSFE5fd6/+rnXue8OAMCWQfa/oLHgv7VbINbkDLE/iuBOiCME7z+haBDdZJvnvzzmlrRcico/pOmR27NXyz/w/w4+CHjhv0HyMeCztt8/5Z3vIoqtwD9o4L35d8zlvylVGi+ua/S/RTzdU5W9/r+7XjQVhGICwJbny/8yFeC/jP4bcBKa6D/t37/r9mn4P7C4RZ0HCPU/4S6nyYsv9D/jOcamr67yv3rIfDph48o/fFf/PYSryL+nGUhSoJL5vxTdUc4xggFAeChu2WogAUB7mrgwhVP2v2rDp8e8idm/6s8MBDF2A0BZopvXTP30v+5Jmh4vJqg/bOOz1Et99z+24NI0oWLnv0yYVwJLhek/zsTIS05l8T81euzqvbnWP+oZCIvYOOu/y94xP5867D9QM/JYFYuxv9DLCuD0f7s/d71lFvcHlr9jx0nP3Kzwv+zWTpjXkK2/nexWlyxm7r8Ywuero0rBP0hoxW70l/y/XRwp8kqt2b+vgK4N9If9P5i1gm8vXue/2lvBmvhH4r8kWeD6TS3SP2hZoDOG0/O/9gNAU0u9aD/WG6mA2mDGP6+J8v8UZ+I/OVc/BUwF179kcwkn16juP2FcQQxplPW/+paX5jFGAUCMy0qnvNn5vzIQ5VaHA/G/JPYa+72R5j+tFqd5vdHnv2twaE7059w/MUpaV2fM6b9oBmG6vTHnPw7oNWr4vwJAfQTAxLsJnL+rWWBsvnnVP8C6hHZM7YU/Zr/V3eRVuD8EzcF5QY/7v3SXZuX3CvA/u3FTMPXu878zrU83xK7vvyupST2IvZA/lTIS+ooiBEBeho5gTHvtPyBSOjTExOw/dyKAEgB8wT9t36Bmruzov66ZwijiOdy/Zsp0cmVt0L9fnvj91XDmP0HCalCoX+u/Do/VCJO53j+/isYjqSD9Pyu5Q6uIauI/q4y+W62q8j9tF2/lwAnvv4zz8cUjugHAWHJ8iUZ0zD+q2qkdQKvzP0pSEEESW7M/sJA0lLuBzL8k9hr7vZHGv6gpzthnjOg/uxenXJ5q3r81euzqvbnmvw7oNWr4v/I/pK9Avmncsz8SvESSZSzuP820QsWGa+K/ySHrMaDiqT+QqJ3BSiXqvzpnxYsT/9W/IjnU7b459L9YL1BR9WfqP/F5LLKFE8W/KwMAqaLK47/El9eQ2jimv8e3451pLJS/ZHxNGfiH8z8+p92lMeaBP9VVHoG6Kc+/4l9iVryh6j+MgU8gFRfyvzXE53FlfP6/ulpgT58SzL/urF8ev8HTv8PakIPb4APA3h9KPJ66/r+fDGOku1n8v5j/ffbWIO+/zg7E0vUn2T8cPHXGofr1v6v2mmwu3um/fspKxNtA47+PThy022jTP5w/lhD1B9u/76MbLJ7i3j9FUf1ThoPjv7+q/u+E8+a/nxWnltw44b+sBiHz9dfov0hxCWEVd/E/KIAunIM76r9SlbYpaMTnP54FIRAVP9K/Xzw1/9mg97/3wIZgShXbP6VcAUWhOtc/uE4/DW32678xLM44dfLrvyd3UVTqNew/TbveIbHcyj+fSkhROX2ePx/qNCpETNM/9h/axtEO4r+PiTBBV5Ppv5k0Ffcom9s/WHWnnZhz2T/rW3kcMcPlv/KF3NOzDtQ/7/UIcwnJzT+xHHrmrGfrP8vXny+kmuI/CrxNmSR74z/OlNNKNRngv2K0Nrgdb7M/AHqTak2AnD8d8uzO1THhPwemD9/cfOa/4eDG1MOPy7+bukii1vLiv1ZRCVhFNcA/Vx/Kyi1uu78JRVhQSj37v5/CZx0UlwTA50w79xHn2b/hYGOF+QPwP3ATRmiiavQ/IYTQo6Ne4T+6EGXI90/kvzQXJ+stHvs/DpX28C8e9j/CLdD8o4LwP2eTFTRmnPy/QXSqOfg347/mj/TpEo/nP+rPDAQxduO/dPCYgjC2BMAN2K/jMMbzP3PgEvxovMW/j+tWtEvNp7/zgG5GLC7/PxyfOsYxluE/NXrs6r251r8FFca880/+P6F/rioT7/a/AlE9G07d4T/2A0BTS73Yv5tAlz8yavC/EKV8d/cX9b8ZHGm5Egf4v6yz4XktNuy/QzHxRveP5b+8MHHVhkPiv+kJggQRP+w/BWgFNrzx6j9df+7x2kj1P1uyIV4U99M/KIAunIM7yj8YqR0zu3H9P5i1gm8vXtc/2Du1jWlU5L/9Y2R6+JfyP83+PUwuLro/SzWSArvpzT9Y5VTKTaXSP0Fb4MAPX+8/Rki5YWWk/r8gfI3gv+EBQGG3w0gVs+G/Vlwrqckv3z+SD/7WAiq8vyZobY7Upo+/c/XTwL7Oyz+hXniuq+bJPxnPtTjXj7G/5KOzneekzj/5qvPz2X8DQM2z7D4mlcy/vmm+/tmy3T9/uTRrXxr4P1R48DdX1bC/C25i15F6AkDanvYLV9PzP4qPyElJuwPAycyAUoAbBEBo4L35d8zlP1T4CYZZFsk/TGhZyCS6yL9kv1WVQe7xP+SoJJpD7p+/K2tjtsDKub/2b2XcYGXwP41XJg/JGeg/T8jplaFy1r+/qv7vhPP2v2TGSKCfSsu/fspKxNtAA8D9rV8BoFrqP0erfmH1P/q/pK9Avmnc8z9ZopvXTP30P/OZOL8UBwNAGRxpuRIH6D+TK2/OabTDPyz6u7aB694/Hfm706BS6L/Hrp+rSE3vv5TYL1WhEqe/UCJroxAvrb+B4RLfSVX8vyT2Gvu9kfa/1n5ugGr8cb9VxUi9vrEEwOGiG0m9SQjAF/xcrIMT6r+gHOkqg1PrP7JNe6G62a6/4VggwhWHAECkr0C+adzjv+j5+31JRf2/RmGD2k198j9JeEv1u5H7vyNJWnSGMwPAhdcvcsB58L84R7l+hAvYv+kJggQRP/y/zO63xWY02z+w43MNhCPpv0Wb+NotRus/jIFPIBUX8j9RhTCjoMqYP+vGyBEQl+4/2JY3yhVz4D+cP5YQ9Qe7P0C3Yyz53wDAhoTw+PfXkz/qbEcEodr3P+rPDAQxdgNAwLqEdkzt1b/rKY4RoDLav0b+vdq94fY/", "shape": [8, 6, 12]}, "right_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "data_format": "NCHW", "dtype": "float16", "eps": 1e-05, "momentum": 0.9, "num_features": 6}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, true, false, true]}, "rtol": 0.001, "several": 4.0, "step": 2, "summary": "BatchNorm1d(6, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, dtype=float16) on (8, 6, 12) float16, train x2, eval, train (grad; input layouts contiguous,contiguous,transposed,contiguous; data_format=\u0027NCHW\u0027)", "torch_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float16", "eps": 1e-05, "momentum": 0.1, "num_features": 6, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [true, true, false, true]}, "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
