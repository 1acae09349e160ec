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

PAYLOAD = json.loads(r'''{"atol": [8.232520969873092e-06, 4.9018293088652436e-06, 5.771044664879842e-06, 4.239978765377693e-06, 6.399461886477125e-06, 4.737548492719147e-06, 5.566200951067984e-06, 6.0838313125267335e-06, 5.789601361185355e-06, 5.807665474246486e-06, 4.1690061619326705e-06, 5.267967621969476e-06, 4.357547871347173e-06, 5.375858783018506e-06, 7.234042238095061e-06, 5.94532093776245e-06, 7.162729205980532e-06, 5.258448083415285e-06, 8.594432217551989e-06, 4.599818429287725e-06, 5.56724185915065e-06, 7.379284073104594e-06, 6.254103232998871e-06, 4.974889521064281e-06, 4.743498305735779e-06, 5.628394232367943e-06, 4.957737338573721e-06, 4.844848121030867e-06, 1.0100189996358578e-05, 4.295701119997362e-06, 5.815191286000192e-06, 7.225290372548154e-06, 5.28300515415216e-06, 7.315675942035338e-06, 5.081773087937983e-06, 5.1016833163489994e-06, 5.4375246331612386e-06, 4.654809734587718e-06, 4.084658930338018e-06, 4.026433490935862e-06, 6.807989524522988e-06, 6.823819905892171e-06, 4.445974173306899e-06, 5.18293793069502e-06, 4.418386827062547e-06, 5.453024347829182e-06, 4.203155913232472e-06, 6.997794043774263e-06, 5.570836243158445e-06], "case": {"affine": false, "bias": null, "dtype": "float32", "eps": 1e-05, "grad": true, "grad_seed": 1704, "mindspore": {"pass_use_batch_statistics": true}, "momentum": 0.5369636886576733, "num_features": null, "omit": [], "param_dtype": "float16", "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [5, 49], "steps": [{"input": {"seed": 6550}, "mode": "eval"}, {"input": {"offset": -10000000.0, "outliers": 3, "scale": 1000.0, "seed": 667994}, "mode": "eval"}], "track_running_stats": false, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "state-fcd02cba7d", "kind": "state", "quantity": "output", "reference": {"data": "w0ZioMLTaD/2v/TQe2blPym+uhkR7uu/x7+enbMg8794wWvWtqjov7ePt+1bV+O/fAVCJ5mI7T+8np+BP4TSvw82kSCQ9dM//yyn5y+w77/CZkS1ZEOsv6fmLwmFkPq/45PSzL3e8j/W0PINgzT7PxPyM6Bt2uU/+VV6+KST+D/nusFq2qf0P4nO/T+xGr2/IGAI2Lds3j/3rcx9T5vwv9fsz9MaUvY/J+JEsjeo2T8BiV/feYv+vyQN8APqHcm/kEnIUq8G9L8Wd6xgWgbSv6JuIdH7x/A/xwUgpR4F5j+Qu8JrXdzAP3Y1nksvy+O/PzPyZPAA8b87yx9NQ7n1vwP7eDfSu92/DZxw6L03tr8n4wOoGrzFP3Pgt/tHEvC/7AT+iaUOy784JMOjgDzVv0wY+/msV8u/EKzl0BYnoz+STq1Af4bxv2T5q3NjWO8/mBadw8J9/L/1bh890IzSv4xtNk/udfg/zTaoJv097D+LAQ7c0n/Ev7ab1P+Fr+i/5dQh03xO/L+qC+SXvS72vw51W3zp3NS/2EgZpq6y5L9FYaeh7GPlPyUt9Qkdneg/p9QqkivR5b9bHJCjHSP+v9CzQW+0pPw/gdK/eb5Jub8IeZMuPmrwv1FIA0v/TO4/V1PqBFtw6D8r1VDVsez7vygxH7+sv9y/bXy0BUKP5r81SETjgindv0WswxCaROc/O3Mg8SR01b+cTJXXIWrdP75z0V+PFMA/pyeFPk/d479VU8wFYIjFv2m/Zeg4ObC/l3zk5EKV+z87f/uQtCrtPzCC5iaHwr2/zaOF3OK3/b888gRHIAz/v3e+lm8zbum/zGsfumg+3j8ONkF1wwLhP+b0hVRH3fc/2VCVp6pRwz8wrYGWz8/ov5vrmvMzPLE/T0kak1Ik/j+c9P94Mzn8v/NZzEEDefA/+TeZSdRdi7/qTB0YKVfcP1hrUjgdsNq/3E1Mw7L+xD93dI6c0vjbP3xtn/+0+Pe/KLp6hcrl4D8Drf1F0VLKvwJ6cKmsK5M/LHQnIUfqob+9beFd163hP8mGoPkkmNU/soGgmcsc8j+kyqWcv7HxPz3+CBMC5vO/f7KVRiEWo78iVj6m7rfxv4jr7ENTtLu/7+KR8mm+zz+PQuWlAC/gv1IoUiI8/uE/i7c1DqN19D8bx+d6tmTVv9ybD2Jq1uY/31NRCrM+ub+rgCNY8u/pP2bkizwwhPW/OUNORSZ6+r+bO6qgEPH4P9B0UgPT+P+/ydqVqyV6/T9EFzNM+kXwP7yMeclx6e6//oR/0diP6j8ncggRmfzZv8rrAl/VpNu/iYv+GJ8167/d/CE7/qGJP0AfoAmW+so/+vnW65GY/T96T8Sy7IThP9NhQyLLEa8/QxPGiiP95T+JZbgs23n6v6JoibenUOC/raF4mqXO9r+K0w1LygKtP+SffWpB+/M/24AExPpgvr9QMNQlN0naPw8ngLd9zfk/di3F4j58+j/ZLNQd/4Txvwk7Ht5Twpy/m1KkBet6vT9eImZfYA3kv+xmg9+UJ/C/8ZM9UVrYtL95IcLlD4X3P669za2NHOk/4GX9dQlx4r9a+0sI5Rr8v37QWW8KPO2/+wAdhhwd6j9SsMOL2Mf1v/SMYGB88u8/XqgAL5E83D82zAl7WevxvwMlWWWt6PW/82EaXvbp+T/8yUrKxzrrv8FEE+qB5/M/cSEBhwyCsj8fb9RClr/KPx8mpsW9Bes/VbWm/2GZ5T+jvX333lLIvyc0rdxhrdk/TysgKvmD4j8yhqMuUvDQv8UO+4Amxui/EcsfNIdA77+MZ97VwoHkPyRtdK34V/W/xSQ5kpGT5L9r9UkTz9z+P/4RxPGA8ME/o7wJSwAc6j95xldYBIPQv50bvvDI4Pm/ecJ0NXPZ+D8MS5TA/dbEv1/HzsC2D/M/vImkOc0u/z8pWPg5dGX6P/Lb0q4ryty/2kTY7BvV0D8L6ioTFfrwP4mxbYBmPPc/bJnkyIr28b/UyVWHdePiP0ohgIx9lvI/HcNMAFZq9D9r/2hychP6P4L/Xz7fr5O/rFUVoyCY9j/8BsTnaO/6P15zwmkzkOU/u+WrI4TX6z/Eayozz/T5P8DbH5VXCNI/HSHxeqU89T/GGYs5YozuPw+oM3xWZvY/10H/NfRS9j98fNvw4xXkP5J4RKQwIOS/7nXDl2WX+j+kNONm8jXFv3/T56ijHPW/Ef9KT2L+ir/09cyHDyvMvzJ94HWfyPW/OI4k3G0g+r/G6MILFEfav+qwLHcqLca/7I6Nx7Qt+L/tz2sJgATfP3vzNBynSuW/5ehCQFpG8L/H/fSS+lv7P2bdbTR/DOA/4XWAasosyz9J1ycrU6T2P3pTYviAyOW/5N1q4SX95D8AaeBt8OHMPyIB3JaFuO2/qDOjDlB08z9PRTXkclLxv9VTbSlsD+W/nmWqScfd6D8o6i9oK3biv2mG585UiN2/74EY+Fce379+EDAS/6ndP+Myxn/oPfq/JCgQAgMt+r99HFTW6wvvv/JRXC/mdue/3nrrgIZd87+c9FK6FoS4P4uUgIT9GKY/czlH5WOT9r+GVCYuMEXxv3Qv1JmXXve/q9GvYRRm9b+2zi4S3wncvw==", "shape": [5, 49]}, "right_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float16", "eps": 1e-05, "momentum": 0.4630363113423267, "num_features": 49, "use_batch_statistics": true}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false, false]}, "rtol": 1.3e-06, "several": 4.0, "state": {"change": "missed_change", "documented": [-0.3765610174627716, -0.051181819201541294, 0.10747644999535076, -0.15859780895056264, -0.2984437189455252, 0.13536356093409455, -0.16663803334160424, -0.32270237735975826, -0.21382370928898162, 0.2342468572031995, 0.10244868349718529, -0.03986051590524927, 0.0952382484772618, -0.1632497375113992, -0.2603741140741229, -0.12494230774858057, -0.28621071552556426, -0.12906805859636178, -0.33323665027283583, -0.2355362255804395, 0.3956508358041282, 0.3123535732920126, -0.0803529677964824, 0.06850717447873458, -0.1914030738486028, 0.08109339612778814, 0.26325627585441935, 0.13917011943177895, 0.27835581755524635, 0.1828125719805454, 0.13977479030689333, -0.3452500491494945, 0.2629332532425294, -0.34271000388013434, -0.1815465628393173, 0.035216304677814586, 0.16935772565040372, 0.2546560875127318, 0.04901084330003577, -0.08009217433655365, 0.21926301109227195, 0.3840038714400735, 0.0850894185610766, -0.11518394789786533, -0.11851662931900533, -0.21014947765475028, -0.01794744406177638, 0.4691628928271357, -0.11012929375404885], "name": "mean", "side": 1, "torch_name": "running_mean", "words": "mindspore.nn\u0027s \u0027mean\u0027 (running_mean) did not change where its documentation promises a change: expected [-0.376561, -0.0511818, 0.107476, -0.158598, -0.298444, 0.135364, -0.166638, -0.322702, ...], found [0, 0, 0, 0, 0, 0, 0, 0, ...] (max |difference| 0.469) [mindspore.nn.BatchNorm1d docstring (2.10): gamma/beta (affine), moving statistics tracked wherever batch statistics are used (use_batch_statistics)]"}, "step": 0, "summary": "BatchNorm1d(49, eps=1e-05, momentum=0.5369636886576733, affine=False, track_running_stats=False, dtype=float16) on (5, 49) float32, eval x2 (grad; use_batch_statistics=None)", "torch_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float16", "eps": 1e-05, "momentum": 0.5369636886576733, "num_features": 49, "track_running_stats": false}, "param_names": {}, "target": "torch.nn", "train_flags": [false, false]}}''')  # filled in by fuzz/report/repro.py


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
