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

PAYLOAD = json.loads(r'''{"atol": [0.000765668651603899, 0.0006498408783464387, 3.0275234440109897, 4.09289197157433, 4.207158672700483, 3.5691624839451084, 0.0006859581994424271, 3.1218004673711306], "case": {"affine": false, "bias": null, "dtype": "float32", "eps": {"np": "float32", "value": 0.005355777684599161}, "grad": true, "grad_seed": 38890, "mindspore": {"data_format": "NCHW", "pass_use_batch_statistics": true, "use_batch_statistics": true}, "momentum": 0.1, "num_features": null, "omit": ["momentum"], "param_dtype": "float16", "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [42, 8], "steps": [{"input": {"offset": 1000.0, "outliers": 3, "scale": 0.1, "seed": 21788}, "mode": "eval"}, {"input": {"offset": 100.0, "outliers": 3, "scale": 100.0, "seed": 39955317}, "mode": "eval"}], "track_running_stats": false, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_input-0a8518e141", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "Q4zrBXqQpD8Ew0ybPhmdv9N8V1v+GP4/YORDI135C8D6pj3ZNNsjQJ/Hp/XCtytAK+ZDquDWnz8rpu8dK+oHwEwowwDSqnG/BwOVLeRiYz8BQ0eIjWcCwKccwxwoXyNAMpVWeCtqIMDHDqoa0GIUQL8+od6r9Vy/C26dxuAaFMCEwXNIZ/Z4v3xIfx5SMKc/xidmdOOsLsAE//Mn427fv78ao8dd9CNAJsc3dajBwz/bzUsCUtuLv1Ko9RzVIB7AEXA1iAMqpT+R/E9yvKOMP3b61d9c9R3A0FD+RcQPHcC+4uW0wsoAwALejxOvizDAEFAHNsTfpb/7pZAJVUIZQOp6ASQPIYK/DpuE/xJauL8OcJS8TycUQB/jfvCnjhnAbBD+0nJKFEDdQiXi09/rv14kr28LUcM/KWyuZZRS+T9DyxN6e6KXP8LrAlb6p70/4xJxuPXdIMAhh4OIzzcVQDpUnZdG7fA/fRVJvI0UE0BQ6Z8A7XWlv0dc/Sp/VhvAr0hsLRuxpb/jUVRO5MCwv7PDs5DaTwfAoyNaN9IbEsCqAEZ7Jrc0QFOcjMhDYQXAKk5KQZ2hqD8KEzqL0gktwHzhEgf+gke/WIeynS7SqD9TwCUxgaUJwFX1HfC1nyFAgDyK8Pf7L8AG+nKq3AQFQJTnKoGl/6Y/OBY/PXQN+b/oDSYuUOSHv5OLPoe+vps/1Qm3dwx2AMAbI8Oxw6gcwCq2LYB2JApACvpey3iEE8BDMcH5Z/ixPwHl0Mc3LCpAuWvlbETZlj/TjSAY/ZievwikrUdm7RFAHUOTWLtuBUAcSvGxsHYewORUukh+vhjAr4wG20lgkT/+MeEvijsIQFKH198ROa2/MGfW017lvD8ks/phZFYmQOqBT7pj7ei/DHoV6ICPH8BJi4JuOA8EwKfzxeh+4LG//voXi535KUBKXUO+W8a+v77HAEHz5qm/ZBLSDxSFIkDWW9jCL5ojQGtTcesfRQnAVbIvyYi7H8D7V0D8v9WYvzfwzBFUOCHAh3nrbbGawz9g65Y2GCiOv9arp8Q48vo/r3B5t+tqG8CjJaAh/0/7v3T2CQeN+8M/zUH+qpVLoj8qRJqiZc8nQGGsVNRaya0/6PiR/kmKsj+/WJ2tUs4bQHbP44fGlPi/mfZdNTITMcBVFM9gdooWwI8mMaIUN78/g8eBkE0NE0BM4hiFT+2xv/jPoycLPZu/ku9vIZsXAcCht77MGcAnQME9H1XrvhdAZ4EcO8sOHkBGEfdIBxCjP3vXL3ABHB3AkEsehU4CvL9cqOLyw5Scv1Nu9VhAryXAAgfN7i+EJMDVze8i3EoXQJzaNe5XsgrAM+ilOvYyv7/b/ROe4OYUQK1r0e8Y8Zi/6YhvLkcJnr+Gskt14fEPQDXZQynPdv0/+EztTof4KMAPcGor5bwpQJnz3USDiJ6/GdFzobQQ97/HsABXBsP/vn4ycUd1in6/qTibK5LtKMDaXMxMpdz2v7IFeoFL1gNA944D1WUjG0Am1Oe4OwOwv2huLw6bvRhA1OmmNjpKqT/GzEe/sat9P/VykVNmKwdARMUnty30C0CWZBFK0ET/P7TJY7PolwjAZMFSgVDpsz+VFXeNSCUvwGu1OEmg1JA/z1dymoJFkj+7BTJBv60HQDr1CAKwbjDA8Nu793EXB0AiYqj8f3MXwMyI81RiHKa/v7vKSBt38T/JJLPTpjClP5XoG6IyhQC/DXt/K3eCGsA5HuhF8DUowJahO6nLv+A/0hEx2uHP9r+VqEF9Mj93v8CUq1l8OydAgSv+WIphmj+4yinE20ylv6UhmES5UyBAJMjdTSXsJ8A0LvMpTScowG013H5kozDAsuKskz7Gu79woeOaqI4BwLhskhIKFpA/0iAvpWboi79qxMA5e+4QQIByOXzxgyRAcBlhho/sG8A6S8gFgVjlPxCKJY6NeIS/bx22RWFiE0BuvCZ1Tp2eP5pqpzpop6G/Ongn8vWJIcAYQ+FWlBsaQNQSU+j8Gx/AT8xla9hTIkDM0Jkkl5W9vywNuceApPi/Fc4LiPw8rD9Sl/sUSrOaP5rTxxCmTRLAhwe0bCiT3j9cNJ/mdxwlQOQj7sT+5yhAweG49XdRnT+KLrF+XtshwCbU98pLtKa/vyqKT6URnL+lUIoPiZfYv9KcgN8qKfy/8kzWPN4O+z+eeqcha9fnv2GA5t+BAYu/Iaf0kAirEEBFq533HcOxP7mpUUWj5qK/JpbTFFZqHsCU8SyvBB//P5/biEnoiRDAmXPJXCmyGUB3bDyZbguWv2UrqxRWOyBAQZW5Nwc5qT8SvJIzwd2Sv5BTV6V3nhzAOyWlXXD0FEC5N3KolYcVQFA3YOx4qirANoZTkG6VnD9NnXTMj9kKQOGYiO/wyGU/delX3ldWr78L6FHwuPQiwJbE37BwvQlAftKGlDVZH8D0INqH/KfHP6dMwQy+lrE/OtJkpG8MCMBR0rIWPFKiv5cb86gwbLi/Nvazt4I3HkBEUzbPuMrxv3PfH5r2lhRAXU6bg+xHE0C2k2BzDO23v2N9xnmbKBLA+CVtPZYrqb86gQkxGrGsPx8WDyshyfq/WUu3vKkx+T8lMkHTSDwCwBDRnE4pHQ7APbFvB+Xtob8mF+NEfyQBwMWY88EAxZC//eLbpNI2or+tqj0ANSveP/0kukIEA+6/5sW0j9nfH0BzeAOWHxT0v1mEvds3JrE/0F1uhQ0k579X/V5PrJ+uv+YTYlaJSKs/f9cdCY/LEEDnLYN5VA4JQB6LBG08tiLACpMGhRj0AcAm+ev2YfC+P059qOczwP6/rqOU/pXdxr9noleT2hWAP9xo02eHYwbAzcPUxruvFsB8niElG9QhQEhSe10Wxi1AOHiC1RLGpD99QOk522kaQEvTozMcNpo/NfEiobUVpz81fT7212IrQGENPVPQ5hDAYI5ov/16EMBaFpR7LeQMwOU8vQ2Flpw/b+NYh4hRHcCz5DAY0Hy7P4ghzHPp2F8/fzRpKCo1F0DNL2U/jM45QLNVYOxLPiHAL3Q284GHLUCaAyR5sb6KP94POTpZ9N2/trqXNYSArb8bt4nfAUGiv75J4MI4nSZAK33LIgD8BcDspvtHkZT0P1JnDu1CkRTAiR3TI1yIxL96oMHBOeIWQOuyYhBTjKK/dQ5qD7F4wT+OvSaJgn35P9HWuULtHhDAN6pkgib2EkAOiJ2jqK8jQGzehWOcb7S/KUcb8TlTJkBpUyCGTM6RPxtl1VzhOL4/Bi/CBgF7LUAzNd9zQjcjwLQe1pWnwydAUy/9xRVzNcAC7E3VQuowP3oBCdgB9+o/XoFnOBRVsD+1inKXBy6yP3J9ykWWRifAxsnHAJXSEkCjU440qhIXQKpG623jRhtANa73W9Y8uL/JTNt8ZzYuwE8ziaUIi3K/wd0s3Rhgr78bl3NcJJQYwMmf28xkhwxAQiFR5V+wEkC+NTLZlg/5P9lt+MsyBrw/JV7ju5ZpGkB+vlNQPuieP2lcAHj8M8K/RqlQczfrJ0Dh8m4UaOrqP1KRS/T4iPw/q7OCykc/GcDepLDcnaepP6BjNW+73iPA", "shape": [42, 8]}, "right_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "data_format": "NCHW", "dtype": "float16", "eps": {"np": "float32", "value": 0.005355777684599161}, "num_features": 8, "use_batch_statistics": true}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false, false]}, "rtol": 1.3e-06, "several": 4.0, "step": 0, "summary": "BatchNorm1d(8, eps=np.float32(0.0053557777), affine=False, track_running_stats=False, dtype=float16) on (42, 8) float32, eval x2 (grad; use_batch_statistics=True; data_format=\u0027NCHW\u0027)", "torch_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float16", "eps": {"np": "float32", "value": 0.005355777684599161}, "num_features": 8, "track_running_stats": false}, "param_names": {}, "target": "torch.nn", "train_flags": [false, false]}, "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
