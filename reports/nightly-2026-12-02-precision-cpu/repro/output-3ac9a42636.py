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

PAYLOAD = json.loads(r'''{"atol": [0.02048368614083698, 0.019313379505301452, 0.021234822502386723, 0.02244348818674561, 0.017952792291484977, 0.018570786475528026, 0.01789137894565404], "case": {"affine": false, "bias": null, "dtype": "float16", "eps": 1e-12, "grad": true, "grad_seed": 8886, "mindspore": {"init_via": "checkpoint", "pass_use_batch_statistics": true}, "momentum": 0.1, "num_features": null, "omit": ["momentum"], "param_dtype": "float16", "relation": "flatten_length", "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [1, 7, 62], "steps": [{"input": {"offset": 1000.0, "seed": 9778}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "output-3ac9a42636", "kind": "output", "quantity": "output", "reference": {"data": "PYJUL9xI9L8RLgPg5R3yP1Ms/VZXXuW/YKGKerJXsb9RbiqzjOL9v/uDWrhqCOE/YKGKerJXsb8kGtljlrf7P1Ms/VZXXuW/Uyz9Vlde5b89glQv3Ej0v2ChinqyV7G/PYJUL9xI9L8kGtljlrf7P1FuKrOM4v2/YKGKerJXsb9goYp6slexvyQa2WOWt/s/YKGKerJXsb/7g1q4agjhPxEuA+DlHfI/JBrZY5a3+z9TLP1WV17lv2ChinqyV7G/+4NauGoI4T89glQv3Ej0v/uDWrhqCOE/Uyz9Vlde5b/7g1q4agjhP1Ms/VZXXuW/PYJUL9xI9L/7g1q4agjhP1Ms/VZXXuW/+4NauGoI4T9TLP1WV17lv2ChinqyV7G/Uyz9Vlde5b9goYp6slexv1Ms/VZXXuW/HIPXc6OoAkA9glQv3Ej0vxEuA+DlHfI/+4NauGoI4T8RLgPg5R3yPz2CVC/cSPS/+4NauGoI4T/7g1q4agjhP2ChinqyV7G/Uyz9Vlde5b9goYp6slexvxEuA+DlHfI/Uyz9Vlde5b9goYp6slexvxEuA+DlHfI/JBrZY5a3+z8kGtljlrf7P1Ms/VZXXuW/PYJUL9xI9L89glQv3Ej0v1Ms/VZXXuW/+4NauGoI4T9goYp6slexv5vxsJVbdaA/5uSruAvc7r/GPVonhjMAQBqJXnIG+eA/5uSruAvc7r8aiV5yBvngP5vxsJVbdaA/5uSruAvc7r/N1VD/tdTdvxqJXnIG+eA/Golecgb54D+NAbGVW3XwP+bkq7gL3O6/5uSruAvc7r+b8bCVW3WgP5vxsJVbdaA/Golecgb54D+NAbGVW3XwP3Ov1zjeZve/m/GwlVt1oD8aiV5yBvngP83VUP+11N2/5uSruAvc7r+NvjLyM274P5vxsJVbdaA/c2xZlbZf/7/m5Ku4C9zuv+bkq7gL3O6/zdVQ/7XU3b/GPVonhjMAQBqJXnIG+eA/jQGxlVt18D+b8bCVW3WgP5vxsJVbdaA/c2xZlbZf/79GHJtV8i8EQI0BsZVbdfA/zdVQ/7XU3b+NAbGVW3XwP3Ov1zjeZve/Golecgb54D/N1VD/tdTdvxqJXnIG+eA/5uSruAvc7r8aiV5yBvngPxqJXnIG+eA/c2xZlbZf/7/m5Ku4C9zuv+bkq7gL3O6/m/GwlVt1oD+NAbGVW3XwP3NsWZW2X/+/zdVQ/7XU3b+b8bCVW3WgPxqJXnIG+eA/zdVQ/7XU3b+NAbGVW3XwPxqJXnIG+eA/Golecgb54D/N1VD/tdTdv40BsZVbdfA/jQGxlVt18D/Vg+8G3kzjP6yRt1QdsgPA1fc1W9w/hL/Vg+8G3kzjP9X3NVvcP4S/pMcSMV3G87+TM8np3O7jv5Mzyenc7uO/kzPJ6dzu47+eHdR7TET9P6THEjFdxvO/nh3Ue0xE/T+kxxIxXcbzv7wlAZydiQNA1fc1W9w/hL+kxxIxXcbzv6THEjFdxvO/1YPvBt5M4z/Vg+8G3kzjP9WD7wbeTOM/1fc1W9w/hL+TM8np3O7jv9X3NVvcP4S/fvVA7UuV/b/V9zVb3D+Ev8Tvpb9ddfM/1YPvBt5M4z/E76W/XXXzP8Tvpb9ddfM/kzPJ6dzu47+TM8np3O7jv9WD7wbeTOM/1fc1W9w/hL+TM8np3O7jv6THEjFdxvO/1YPvBt5M4z/V9zVb3D+Ev5Mzyenc7uO/1fc1W9w/hL/Vg+8G3kzjP8Tvpb9ddfM/1YPvBt5M4z/E76W/XXXzP9WD7wbeTOM/kzPJ6dzu47/Vg+8G3kzjP5Mzyenc7uO/1fc1W9w/hL+TM8np3O7jv9WD7wbeTOM/fvVA7UuV/b/E76W/XXXzP6yRt1QdsgPA1fc1W9w/hL/V9zVb3D+Ev9X3NVvcP4S/xO+lv1118z/E76W/XXXzP9X3NVvcP4S/kzPJ6dzu47/V9zVb3D+Ev9X3NVvcP4S/Pn6zst56uD8/D7ZO7tLfvz8Ptk7u0t+/Pn6zst56uD8/D7ZO7tLfv0uv3OiAgPQ/S6/c6ICA9D8/D7ZO7tLfv085iMcw8wbAPw+2Tu7S378/D7ZO7tLfvz5+s7Leerg/S6/c6ICA9D8/D7ZO7tLfvz5+s7Leerg/gz+GEiVx8b8+frOy3nq4P4M/hhIlcfG/L+cH1C4I5j8+frOy3nq4Pz5+s7Leerg/L+cH1C4I5j8/D7ZO7tLfv4M/hhIlcfG/L+cH1C4I5j+DP4YSJXHxvzf7XpGO7fq/ddsbCPw0AsA+frOy3nq4P0uv3OiAgPQ/S6/c6ICA9D/+arVn6vz9P0uv3OiAgPQ/Pn6zst56uD83+16Rju36vz5+s7Leerg/gz+GEiVx8b8/D7ZO7tLfvz8Ptk7u0t+/L+cH1C4I5j+DP4YSJXHxv4M/hhIlcfG/L+cH1C4I5j8+frOy3nq4Pz5+s7Leerg/Pn6zst56uD8/D7ZO7tLfv1kTR/OpvANAL+cH1C4I5j/+arVn6vz9Py/nB9QuCOY/Pn6zst56uD8v5wfULgjmPy/nB9QuCOY/Pn6zst56uD8/D7ZO7tLfvz8Ptk7u0t+/gz+GEiVx8b8v5wfULgjmP0uv3OiAgPQ/L+cH1C4I5j8/D7ZO7tLfv/fVXdFCZK6/EiqTdbYh9T8MqejnZFfvv3EHqaL6B/e/pDYJgEXgAsA2Q3+K1J7gvzZDf4rUnuC/99Vd0UJkrr9O7ryN3IrrP07uvI3cius/9Ed+aSPtAUD31V3RQmSuv/fVXdFCZK6/DKno52RX77/31V3RQmSuv07uvI3cius/7hCnYJik2T/uEKdgmKTZP/3cR6T+ffw/DKno52RX77/31V3RQmSuv/fVXdFCZK6/99Vd0UJkrr82Q3+K1J7gvwyp6OdkV++/NkN/itSe4L8MqejnZFfvv126XdFCZP6/7hCnYJik2T82Q3+K1J7gv+4Qp2CYpNk/NkN/itSe4L82Q3+K1J7gvxIqk3W2IfU/Tu68jdyK6z82Q3+K1J7gv3EHqaL6B/e/cQepovoH97/31V3RQmSuvzZDf4rUnuC/Tu68jdyK6z/31V3RQmSuvxIqk3W2IfU/EiqTdbYh9T9O7ryN3IrrP+4Qp2CYpNk/99Vd0UJkrr9xB6mi+gf3v07uvI3cius/NkN/itSe4L/93Eek/n38P126XdFCZP6/7hCnYJik2T/31V3RQmSuv07uvI3cius/NkN/itSe4L/uEKdgmKTZP/fVXdFCZK6/EiqTdbYh9T/31V3RQmSuvwyp6OdkV++/9Ed+aSPtAUD8Ia1ei1njP/OmwPfcHdO/BZ2ZxTmVwz/zpsD33B3Tv1vu+SXk5vA/BZ2ZxTmVwz80DidpKwPov1vu+SXk5vA/d+Q2K7Q787/UQdqh0nX6v7hLnZwCIfg/NA4naSsD6L/8Ia1ei1njP/OmwPfcHdO/BZ2ZxTmVwz8FnZnFOZXDP3fkNiu0O/O/NA4naSsD6L8FnZnFOZXDP1vu+SXk5vA/NA4naSsD6L935DYrtDvzv/whrV6LWeM/BZ2ZxTmVwz+4S52cAiH4P/whrV6LWeM//CGtXotZ4z8FnZnFOZXDPwWdmcU5lcM/d+Q2K7Q78780DidpKwPov5nPPoz41wDAuEudnAIh+D935DYrtDvzv/whrV6LWeM/d+Q2K7Q7879b7vkl5ObwP/OmwPfcHdO/NA4naSsD6L935DYrtDvzvwWdmcU5lcM/BZ2ZxTmVwz9b7vkl5ObwP/whrV6LWeM/BZ2ZxTmVwz935DYrtDvzv1vu+SXk5vA//CGtXotZ4z/UQdqh0nX6v/OmwPfcHdO/FqlAEyFb/z/zpsD33B3Tv/whrV6LWeM/86bA99wd07/8Ia1ei1njPzkD8sSfSgNAR36Qxwd1BMAFnZnFOZXDPzQOJ2krA+i/W+75JeTm8D/zpsD33B3Tv1vu+SXk5vA/dPi23ou+z7+c75yntwbyvzgEo3SIjgPA/WLeXyku5D90+Lbei77Pv5zvnKe3BvK/wElh0Ax9yD+qznMjif7lv5zvnKe3BvK//WLeXyku5D/FOdLFhx7xPwtCtdv6Jfg/qs5zI4n+5b9SSpjxbS3/P8BJYdAMfcg/qs5zI4n+5b90+Lbei77Pv8U50sWHHvE/4vd/vSoO+b90+Lbei77Pv8BJYdAMfcg/dPi23ou+z7+qznMjif7lv/1i3l8pLuQ/xTnSxYce8T/FOdLFhx7xPwtCtdv6Jfg/xTnSxYce8T9SSpjxbS3/PxSAsenOCgDA4vd/vSoO+b/9Yt5fKS7kP/1i3l8pLuQ/dPi23ou+z78LQrXb+iX4P/1i3l8pLuQ/wElh0Ax9yD/ASWHQDH3IPwtCtdv6Jfg/qs5zI4n+5b90+Lbei77Pv8BJYdAMfcg/dPi23ou+z7/ASWHQDH3IP8BJYdAMfcg/4vd/vSoO+b84BKN0iI4DwMBJYdAMfcg/wElh0Ax9yD90+Lbei77Pv6rOcyOJ/uW/xTnSxYce8T/9Yt5fKS7kP/1i3l8pLuQ/nO+cp7cG8r/FOdLFhx7xP8BJYdAMfcg/dPi23ou+z7+c75yntwbyv8BJYdAMfcg/qs5zI4n+5b90+Lbei77Pvw==", "shape": [1, 7, 62]}, "right_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float16", "eps": 1e-12, "num_features": 7, "use_batch_statistics": null}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true]}, "rtol": 0.001, "several": 4.0, "step": 0, "summary": "BatchNorm1d(7, eps=1e-12, affine=False, track_running_stats=True, dtype=float16) on (1, 7, 62) float16, train (grad; use_batch_statistics=None; initial values via checkpoint; relation flatten_length)", "torch_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float16", "eps": 1e-12, "num_features": 7, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [true]}, "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
