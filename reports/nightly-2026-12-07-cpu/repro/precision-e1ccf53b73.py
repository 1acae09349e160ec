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

PAYLOAD = json.loads(r'''{"atol": [12063.1319438105, 12063.131945131874, 12063.131943714961, 12063.131944155492, 12063.131944716008, 12063.131944480807, 12063.131943519504, 12063.131943591521], "case": {"affine": true, "bias": [0.8790443539619446, -3.65016508102417, 0.67868572473526, 1.602542519569397, 2.778031587600708, -2.2847774028778076, -0.26877906918525696, 0.4198126196861267], "dtype": "float32", "eps": 1e-05, "grad": false, "grad_seed": 2692, "mindspore": {}, "momentum": 0.1, "num_features": null, "omit": ["affine", "track_running_stats"], "param_dtype": "float32", "relation": "affine_input", "rules_off": ["train_mode"], "running_mean": null, "running_var": null, "schema": 1, "shape": [1, 8, 4], "steps": [{"input": {"layout": "transposed", "offset": -10000000.0, "scale": 0.01, "seed": 8911216}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "precision-e1ccf53b73", "kind": "precision", "quantity": "output", "reference": {"data": "AAAAoCEh7D8AAACgISHsPwAAAKAhIew/AAAAoCEh7D8AAADAiTMNwAAAAMCJMw3AAAAAwIkzDcAAAADAiTMNwAAAACDLt+U/AAAAIMu35T8AAAAgy7flPwAAACDLt+U/AAAAoAOk+T8AAACgA6T5PwAAAKADpPk/AAAAoAOk+T8AAACgaDkGQAAAAKBoOQZAAAAAoGg5BkAAAACgaDkGQAAAAGA5RwLAAAAAYDlHAsAAAABgOUcCwAAAAGA5RwLAAAAAIK0z0b8AAAAgrTPRvwAAACCtM9G/AAAAIK0z0b8AAADANd7aPwAAAMA13to/AAAAwDXe2j8AAADANd7aPw==", "shape": [1, 8, 4]}, "rtol": 1.3e-06, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"bias": [0.8790443539619446, -3.65016508102417, 0.67868572473526, 1.602542519569397, 2.778031587600708, -2.2847774028778076, -0.26877906918525696, 0.4198126196861267]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"dtype": "float32", "eps": 1e-05, "momentum": 0.1, "num_features": 8}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [true]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn", "mode": "eager", "plan": {"assigned_init": {"beta": [0.8790443539619446, -3.65016508102417, 0.67868572473526, 1.602542519569397, 2.778031587600708, -2.2847774028778076, -0.26877906918525696, 0.4198126196861267]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"dtype": "float32", "eps": 1e-05, "momentum": 0.9, "num_features": 8}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [null]}}], "step": 0, "summary": "BatchNorm1d(8, eps=1e-05, momentum=0.1, dtype=float32) on (1, 8, 4) float32, train (input layouts transposed; mapping rules off: train_mode; relation affine_input)", "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
