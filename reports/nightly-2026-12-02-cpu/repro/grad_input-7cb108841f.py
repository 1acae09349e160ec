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

PAYLOAD = json.loads(r'''{"atol": [0.023410301526643876], "case": {"affine": true, "bias": null, "dtype": "float16", "eps": 0.18917558800409248, "grad": true, "grad_seed": 7541, "mindspore": {"init_via": "checkpoint"}, "momentum": 8.375064924132017e-191, "num_features": null, "omit": ["affine"], "param_dtype": null, "rules_off": ["momentum"], "running_mean": [2.444004774093628], "running_var": null, "schema": 1, "shape": [466, 1], "steps": [{"input": {"constant_channels": [0], "layout": "transposed", "offset": 1.0, "outliers": 2, "seed": 190}, "mode": "train"}, {"input": {"constant_channels": [0], "offset": 1.0, "outliers": 2, "seed": 1711376225}, "mode": "eval"}], "track_running_stats": true, "weight": [2.1967360973358154]}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_input-7cb108841f", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "jJ/G2LZc6D+o8/bNBecAwCh0pOy4ovu/MpM5VG0fEcARLeM243Tov350V3N4xP6/2IMnD9/oAUBeFeLBjl/jv3RWV02ziPo/p/If4+6TA0D9702pabz+v81ioijVs8U/Bg4MJgfmtr9gHEeAfsn4P+7GSnAxuOM/AwbQfAAp9D8eWFKcIQ3yPwICMih9yuI/WwzPLXFP8z/CQEZXtCv8v1sMzy1xTwPACxu9DqhUCMDnr68IXOb0P3FQyXnaceK/RMf99vDZ5r/ioYZgkBsQQMZNtZYtiOG//fSAP9xb8b/mq1NdAJr/v81hyz2+YAjA14CiTprvCUAQKzVhtc79vwgTgWWhl/U/9+CsQXOV1j++M5VuE736PzyxOXoyW9W/Zy9Ek9A8xj/55vhrJJryP2MjrD5uM/6/0nEB56PIob8tgizAcGTKv8pbPWrlSfC/msleU96hBMCtBEYLKrTzP2cx8mj+4gBAl7901Kk+l79tQoNPSsL/P7UaCojoMgXAIV0JhePQDEAgXcfbu77gvzehA9FM88u/TuX9HLYV678RLeM243T4v6jzOHct+QzAn9co0L11z7+IkhXwFe7mPzOVKdPC1+e/sQ4wil4XAUCxDjCKXhfxv60DbyATYRZANZqeEl2JBkCbztOSeFPjv+GeonRfK/4/UOmbcTl07D9L3OqImAXrv9+WZstYbgtA7sScmgMSCcAA/bzo4hjUPwYP4xAeOfQ/V/9f7vfy7T+8LUlEYrj+v0XJ7XVGkg1ADSP5t64R679AuyP5Zr4SwGcx8mj+4uC/HVEvh1m1CED23A7t7zb1P85laZJBv+m/KnrwFmqn57/twdUwlwb1P2k10mapUw5A+ucRAGP/67+d00jSEgUCQIB7eohAHNg/puzTuD2P9z9GziAMuTHQv9yPAQ1pBMY/LYTalZ4K9b9O56vy47vVv31wuR71Zc2/hYuwMSaEAcBYA7yZUz/Tv2w+5frGY76/9twO7e829b+DhWQHdX/1P7QXQx58JwFAMImRfmDO77/+9nC+MRQIQH50V3N4xO6/gX1qB5bUzr94ZN8ga0oJQJ3RmvzkXhfAqPM4dy35vL+p95QiiUUCQHtsG8pxB9y/K3ye7JdNAkAeV3uxCroEwL42Gi9YtgJAF0DgSTXo1b+s/9DLjwIVwJa87xNlRe+/6rmZh5BJ0r/hnmDLNxnyv0PFDXibIfC/+uttq75L8b+0Fq7cjOb/P6HeS+WFzeg/G08/CAT98b8MIDJOQgbXv+arU10Amu+/89P7WNImtT/RbaU7SHzsP6bugY5rNeI/LYFV1VkRDcDptGbxHarPvwULRbya2gLAx1Iq1sc5AMD99IA/3FvxP29H+I7kc96/cU4bpKzL979W/kZauY3kv4yfxti2XMi/vzq4g9sU1L/lqIzzk477P7wv9xmQXvk/qPJhjBam77/in3lfdn7rv7MWbDNl1APAm8wlvUqtuD9oNZC9gUESwFHwvoYBzOU/1XpWJOnq/T90WdwN+IGCPwoa5iORAfu/UOpyXFDH+b+o8zh3LfkMQDSXGVIYkA7ABAfpED+OzT9lLH0pZDECwPTZR4ODKwHABg4MJgfm1j9L3cFzr1j4P/3wJJSADwxAYyVaFJzZCEDQat7R23D4v4B6o50pyQrAdl5RTZIzAUBEyavMHoABwB1T3VyHW9O/WASThGqSAEDjokDJ4on/P8taqCj2CP+/ouHQpcrG8L+k6DVkujDmv2s6R6ZDBQ1Ao+Vu+k0lwr/lrOie79oAQC+IeOohafY/HlakxvNm9z/lp7UIfTvuv7MVlUhOgQZAFTtrCps297/Tc/Fl+YAIQN2R8Yu+vOy/RMf99vDZ5r/OZkB9WBIHQFLybFwvcsC/wT8tw3XGAsDkp3NfVSnSP+i0JEj2lwPAvTJ82tRXEcDelHZMA7b0v9NyGnviLQvAG02RMtZWB8AdU91ch1vjv1X6qAU2L+M/vDGl770E1D9oM+LnU5sHwIeRPgX/mgnAbUFquwtdlj/RbnwmX8/pP6n2vTdy8vQ/ipijw+4ED0CKmXquBVj8vw8pReJfFue/M5RS6KuE+r/CQvQs4tEGQD+5dSM5GOi/zF/bvmio4b+wDVmfR8TzP10UagJkAwBAbUFquwtdFkBW/JiEi+f5v4KBxrLxIMQ/CBUvO889AEAGD+MQHjn0P9Z+ss9EN+O/78kR2p3DB0BlKfhoHzjKv3lnZOGvQ/G/9NQU7RCM7r/34loXoTsBQFX6qAU2L/M/Qb7qYtPJ9r8PK/O3jbzxPwkXH7ok9gbA/O8LAEKq0j/DRKICEHgBQFDpm3E5dNw/ImGn2WYv3r8B/6xnONH6P4OC30Ywhg1A4qGGYJAbAMBoNLnSau70P42iS5n7VQDAKnrwFmqn9z/WfAT6FpH4P9mFF440oZi/24w6o/z40b+tAOpfzmfuP70yfNrUV+G/J3K0bWPq9D+k5oeOjIr7P7Yc+gY+6wvA0W2lO0h8zL/otCRI9pcDQOOlxYkng8e/DCAyTkIG1z90VYBinDUNQNFufCZfzwnABQpu0YOH9b+PpwKCvRnbPwkVceT2T+w/i53WWWGkAUADA0u8uy/cv6n0D2JETArAjaKNQiNo/L9gG3CVZ3bbv9+YFKGGFNY/p/If4+6TA0CEhn2bs+QOwLYc+gY+6wvA99/VVlxCCcAPJsAhGx3/vxQ4pKAuK+M/T+lZyBFiAMDhnYngIMb0P/XbNwLZ4/e/CBKqeopE+L9GziAMuTEAQDur7U+BVglAd19q4dCY6r+m7aqjVOLkPxhGLHTm7AHAL4omwE8PAcASMy9hlHmkP8paZn/O9vK/zmZAfVgS57/Wf4m6W4rAv10SXQFKZvu/TuX9HLYVC8AXQo4fY47AvxtMuke/AwrAIV+3WhF397/ScCr8jHX0v4iSFfAV7va/L4eh/woW+b+YxOkTRPDFP1PzhfBt1/k/OKOxpnqZBkAla5FYm5ILQOWs6J7v2tA/FTxC9bGJ9L9aCiFYQ6nYv9qJteK3//m/rwcNdZa/B0DquMKcefbkvz2yUg5xwM6/sg9JHp186r+Ehn2bs+T+P0HAmDgBcBHAaDPi51Obx798cHd1zVMRwJjE6RNE8AXA674Oxyr7EEBnMBt+54/zvxU6lB+E4/k/46MXtPncDMAB/6xnONH6v2MjrD5uM+6/eWaN9pjw87+Srz4rxNYNQM9o7lKGuBHA9NhwmGzY8z9M329J3f7yvzur7U+BVvm/l7901Kk+9z/lqWPequEIQM1jeRPsBvM/HlT28MXA7L9T9TPGm330v3BKfU8pbQZAEjCqoE+AzD+HkGca6Ef8PxY9W4nw7v0/mso1PvX0wb+CgO/H2s0GwFoJSm0sVus/uytZxQwACECe1g88fxAGQNBq3tHbcAhALYMDq4e35z9HzmK14EPsvwsclPm+pwXAn9j/utTI7D+MoJ3Dza8FwG5HtuW8YQLAm838p2EA1j/KWmZ/zvaSP+Ws6J7v2gDA9ds3AtnjF8Ccz+wmt7gMQHNVPrl0IwFAgHxRc1dvxb8LHJT5vqf1PyJifsR9gvu/iZhhGsfyAsA2njxn4OcHQJS2YUCMLgfALoXzKd1v7r9cDejBr7T8v4+nAoK9Ges/8tB2mI0tDcASNAZMq8zxv2s89Xtxq7e/CBOBZaGX1b9BwJg4AXDxP9N0yFAQ1NW/k7Szal6I/D/lp7UIfTvOv3xvoIq2APS/2YicTnma0D/dk59h7GL3v7MVlUhOgfa/TuQmMp/C3T9K2SMfLPrWP21DGJE5AwFAzWRQ/gJa8D9oNZC9gUGiv786uIPbFPS/dFZXTbOI6r+Dg7YxR9nqPx5YUpwhDdK/iZeKL7CfBcBrPPV7casHQAgSqnqKROi/PLE5ejJb9T8gXcfbu77gPz+5dSM5GOi/xkzeqxY19L9aC/hCWvwFQCdwBpg1RNq/6LX7Mg3rEMCd00jSEgXyv/fe/mtF7wtApelO+PiV/z9/eLMe1BD0v42ijUIjaAzAO6vtT4FWCUAgXPDwpGvzv4iUw8VDlNE/EzUf4Okx+7+IkhXwFe4GQIaMycVk6fq/ajoF/RvzEMBeFeLBjl8TwIePkC/R9P4/YiDl1AEo6r/VehR7wdgBwLMT53Ig2+u//fH7fpdi+T/Zhu54S/QFwKr6W4z1UPY/goDvx9rN9j97bfK0iFrpP3di76EVkuI/EjJYdn0m5z/GTN6rFjX0P/nlIYENR+U/o+SXDzfS5D9AuyP5Zr7Sv0XJ7XVGks2/az3MZoj+9L8ncrRtY+rkv4ydGAOJtv0/U/Rc24Qq57+m7NO4PY/nv6DarZACb/c/2oqMzc5S5z8ncAaYNUTaP7cgVrKZN/G/+ucRAGP/+7+q+luM9VDGP2Qo39Tg0uC/TeCI3RtkzL8TNEj10t7tv+asKkgX7ey/UfC+hgHM5T+Utzgro4HUP4OEjRxeLOg/YBxHgH7J6L9uR7blvGHSv6HeS+WFzfg/+uttq75LEUAtgizAcGQKwBEuuiH6xwVA+ONzq9+g6r90WAUj4S71P1b9b2+iOvc/RMmrzB6Awb85p0/7/ff3v1X6qAU2L/O/35rCdrS6AMBK2SMfLPrWP42ijUIjaLw/+uqWwKf4A8A9s+dPYAGwv3ZeUU2SMwHApu6Bjms1AkBxUMl52nHCv5CrXi0ZZhBAbkUIEI+797+vBjaKf2zav2QmMf+yLOY/uCFvRtic+r8MIuAjcKwRwEG/wU3qHATANZqeEl2J9j/CQ8sX+ST0Py2BVdVZEa2/35hzzHIL8L+4JPQGHZYSQHRWV02ziApAGkuhs4Ce0L/NY3kT7AYDQBAsDEzMIes/TN+x8gQR37+KmTgF3kXAvy2E2pWeCuW/8c9dBE/I8z/02UeDgyvBv1P1M8abfdQ/Cx5Cz+xN8D/bjHxMJAvev4+nAoK9Gcu/6bfrsWKjB0A=", "shape": [466, 1]}, "right_plan": {"assigned_init": {}, "checkpoint_init": {"gamma": [2.1967360973358154], "mean": [2.444004774093628]}, "constructor_init": {}, "kwargs": {"eps": 0.18917558800409248, "momentum": 8.375064924132017e-191, "num_features": 1}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, false]}, "rtol": 0.001, "several": 4.0, "step": 1, "summary": "BatchNorm1d(1, eps=0.18917558800409248, momentum=8.375064924132017e-191, track_running_stats=True) on (466, 1) float16, train, eval (grad; input layouts transposed,contiguous; initial values via checkpoint; mapping rules off: momentum)", "torch_plan": {"assigned_init": {"running_mean": [2.444004774093628], "weight": [2.1967360973358154]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"eps": 0.18917558800409248, "momentum": 8.375064924132017e-191, "num_features": 1, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [true, false]}}''')  # filled in by fuzz/report/repro.py


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
