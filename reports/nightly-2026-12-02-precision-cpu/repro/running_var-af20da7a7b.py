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

PAYLOAD = json.loads(r'''{"atol": [0.002865284904524877, 0.0028648060658156625, 0.0028643444940002006, 0.005322883993722414, 0.0032816166032073792, 0.0028645224999368835, 0.008035403765477067, 0.0028643803150294874, 0.003256062198622092, 0.0031337633627744927, 0.002869599812927408, 0.0028673600549485464, 0.002871375095254143, 0.0028648182312939158, 0.002863685898138802, 0.0028642960985938446, 0.002957167870019468, 0.004574993220761768, 0.002867598210843982, 0.002864333662177869, 0.0028644538023900675, 0.0029041337005628566, 0.008033136477340738, 0.0028642348021965616, 0.008117443218886944, 0.002864496300249887, 0.003725991832823172, 0.002995512352106971, 0.0028643456217040683, 0.002864306850356916, 0.002865592657922495, 0.0031932456347806026, 0.002864569147187651, 0.0028668059206397446, 0.0028638031317979535, 0.0028757162469877765, 0.0028642212250007226, 0.0030109395645468284, 0.0028650414846516136, 0.0030351679006364817, 0.004462773830465257, 0.0028644350067971334, 0.002864519466406679, 0.0031512658802977816, 0.002864821896766483, 0.002863855862471611, 0.002864296892794519, 0.004738242536777596, 0.002865370701543939, 0.0032694329709266148], "case": {"affine": true, "bias": [-2.1866328716278076, -2.3692142963409424, -0.9962119460105896, 0.31164470314979553, -1.728037714958191, 0.14848889410495758, -3.6317107677459717, -2.3358287811279297, 0.43842005729675293, 3.18855881690979, 3.7038376331329346, 1.257983922958374, 0.6853417754173279, 1.1764003038406372, 1.942067265510559, -2.341705560684204, 2.5123910903930664, 2.905900478363037, -3.491107225418091, 0.21447554230690002, 0.1478959619998932, -0.8961294293403625, -0.026929577812552452, 1.6072568893432617, 1.7944841384887695, -0.4538506269454956, -2.77097749710083, 3.160297155380249, -0.058120884001255035, 2.0498571395874023, 0.6482198238372803, -3.634807825088501, 0.2610955238342285, 3.253979444503784, -2.8538575172424316, 1.0537834167480469, -1.0349384546279907, 1.0087993144989014, -2.598221778869629, 3.0027694702148438, -2.5898077487945557, -0.42223232984542847, 2.5227508544921875, 1.3738348484039307, -1.8209114074707031, 2.916807174682617, 0.2948991060256958, -1.6251816749572754, -0.5806874632835388, 1.0349034070968628], "dtype": "float32", "eps": 0.0007668027539475943, "grad": false, "grad_seed": 6526, "mindspore": {"pass_use_batch_statistics": true, "use_batch_statistics": true}, "momentum": 0.1, "num_features": null, "omit": ["track_running_stats"], "param_dtype": null, "rules_off": [], "running_mean": null, "running_var": [0.40951064229011536, 0.0017377588665112853, 0.03557252883911133, 982.3441772460938, 166.66632080078125, 0.006045378278940916, 0.0030942601151764393, 0.0077226050198078156, 156.48333740234375, 107.66141510009766, 2.1358487606048584, 0.925156831741333, 2.813262939453125, 0.012062730267643929, 0.006268259137868881, 0.0010874795261770487, 37.12622833251953, 683.473388671875, 0.8493052124977112, 0.001584826153703034, 0.002084132982417941, 15.860270500183105, 0.10460400581359863, 0.0030675570014864206, 33.156524658203125, 0.004244746174663305, 344.2744445800781, 52.429229736328125, 0.0021811642218381166, 0.008004139177501202, 0.0463794581592083, 131.3848419189453, 0.0020096423104405403, 0.9908037185668945, 0.0072922431863844395, 4.559585094451904, 0.002334941877052188, 58.394195556640625, 0.20884060859680176, 68.21672058105469, 638.4511108398438, 0.001035588327795267, 0.02152121812105179, 114.63883972167969, 0.21084408462047577, 0.0031675889622420073, 0.003740644082427025, 748.7197875976562, 0.3622148334980011, 161.83004760742188], "schema": 1, "shape": [3, 50, 45], "steps": [{"input": {"layout": "transposed", "offset": -10000.0, "outliers": 3, "scale": 0.01, "seed": 350}, "mode": "train"}, {"input": {"constant_channels": [12, 13, 14], "offset": -100.0, "outliers": 3, "scale": 0.01, "seed": 99999}, "mode": "eval"}, {"input": {"constant_channels": [12, 13, 14], "offset": -100.0, "outliers": 3, "scale": 0.01, "seed": 4379}, "mode": "eval"}, {"input": {"constant_channels": [14, 34, 45], "layout": "transposed", "offset": 1000000.0, "outliers": 3, "seed": 1557}, "mode": "train"}, {"input": {"layout": "transposed", "offset": -1000.0, "scale": 100.0, "seed": 1144559}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "running_var-af20da7a7b", "kind": "running_var", "quantity": "running_var", "reference": {"data": "EVwQOAyv1j8u0JMSOTrCPweHGraGvbs/7LFdx80khEC6iU4vyV1bQPlmdrD/mb8//FyC0qEnh0CDwlOl/8W6P4wXsz2bsVlA9VNWlaKuUUCvfK1lhMj3P4Vfkt83L+k/1i3qvZkQ/z+H5HlUA9XCP5bTutCx4HA/Uosag/9Mtz/STkzrUnE4QCa0cwd3CHxAmgHERN9J6T9YEcUlQKO4P4Z0lMCA3bw/VCsyKzAIJUBggHWMRSWHQEfBgnaKUrU/5pYsYJLUh0CH6JIZXoi+PzVyeBAtP2xABtTAHJM+QUDNLPvXBR25P4Bgg94/Qbg/vPW/3o7l0D+tmpqEtpNVQEyYAqm2ccA/tPwk/3TV5z9Iwth7MbBzP1FwzVKxqghA5yIL4lbNtD8whE//1DlDQLxrodFSgNA/dxBTkeRuRkD1SkzvwzB6QEWOXf3cILw/c9o0rp9dwD9/hUQV9tNSQNBx0fnNRs0/poLXxW5DYT9AB5xaWYq3P/3U/SdItX5Am9VoLsl41j9TqE84B5JaQA==", "shape": [50]}, "right_plan": {"assigned_init": {"beta": [-2.1866328716278076, -2.3692142963409424, -0.9962119460105896, 0.31164470314979553, -1.728037714958191, 0.14848889410495758, -3.6317107677459717, -2.3358287811279297, 0.43842005729675293, 3.18855881690979, 3.7038376331329346, 1.257983922958374, 0.6853417754173279, 1.1764003038406372, 1.942067265510559, -2.341705560684204, 2.5123910903930664, 2.905900478363037, -3.491107225418091, 0.21447554230690002, 0.1478959619998932, -0.8961294293403625, -0.026929577812552452, 1.6072568893432617, 1.7944841384887695, -0.4538506269454956, -2.77097749710083, 3.160297155380249, -0.058120884001255035, 2.0498571395874023, 0.6482198238372803, -3.634807825088501, 0.2610955238342285, 3.253979444503784, -2.8538575172424316, 1.0537834167480469, -1.0349384546279907, 1.0087993144989014, -2.598221778869629, 3.0027694702148438, -2.5898077487945557, -0.42223232984542847, 2.5227508544921875, 1.3738348484039307, -1.8209114074707031, 2.916807174682617, 0.2948991060256958, -1.6251816749572754, -0.5806874632835388, 1.0349034070968628], "moving_variance": [0.40951064229011536, 0.0017377588665112853, 0.03557252883911133, 982.3441772460938, 166.66632080078125, 0.006045378278940916, 0.0030942601151764393, 0.0077226050198078156, 156.48333740234375, 107.66141510009766, 2.1358487606048584, 0.925156831741333, 2.813262939453125, 0.012062730267643929, 0.006268259137868881, 0.0010874795261770487, 37.12622833251953, 683.473388671875, 0.8493052124977112, 0.001584826153703034, 0.002084132982417941, 15.860270500183105, 0.10460400581359863, 0.0030675570014864206, 33.156524658203125, 0.004244746174663305, 344.2744445800781, 52.429229736328125, 0.0021811642218381166, 0.008004139177501202, 0.0463794581592083, 131.3848419189453, 0.0020096423104405403, 0.9908037185668945, 0.0072922431863844395, 4.559585094451904, 0.002334941877052188, 58.394195556640625, 0.20884060859680176, 68.21672058105469, 638.4511108398438, 0.001035588327795267, 0.02152121812105179, 114.63883972167969, 0.21084408462047577, 0.0031675889622420073, 0.003740644082427025, 748.7197875976562, 0.3622148334980011, 161.83004760742188]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "eps": 0.0007668027539475943, "momentum": 0.9, "num_features": 50, "use_batch_statistics": true}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, false, false, true, true]}, "rtol": 1.3e-06, "several": 4.0, "step": 3, "summary": "BatchNorm1d(50, eps=0.0007668027539475943, momentum=0.1, affine=True) on (3, 50, 45) float32, train, eval x2, train x2 (input layouts transposed,contiguous,contiguous,transposed,transposed; use_batch_statistics=True)", "torch_plan": {"assigned_init": {"bias": [-2.1866328716278076, -2.3692142963409424, -0.9962119460105896, 0.31164470314979553, -1.728037714958191, 0.14848889410495758, -3.6317107677459717, -2.3358287811279297, 0.43842005729675293, 3.18855881690979, 3.7038376331329346, 1.257983922958374, 0.6853417754173279, 1.1764003038406372, 1.942067265510559, -2.341705560684204, 2.5123910903930664, 2.905900478363037, -3.491107225418091, 0.21447554230690002, 0.1478959619998932, -0.8961294293403625, -0.026929577812552452, 1.6072568893432617, 1.7944841384887695, -0.4538506269454956, -2.77097749710083, 3.160297155380249, -0.058120884001255035, 2.0498571395874023, 0.6482198238372803, -3.634807825088501, 0.2610955238342285, 3.253979444503784, -2.8538575172424316, 1.0537834167480469, -1.0349384546279907, 1.0087993144989014, -2.598221778869629, 3.0027694702148438, -2.5898077487945557, -0.42223232984542847, 2.5227508544921875, 1.3738348484039307, -1.8209114074707031, 2.916807174682617, 0.2948991060256958, -1.6251816749572754, -0.5806874632835388, 1.0349034070968628], "running_var": [0.40951064229011536, 0.0017377588665112853, 0.03557252883911133, 982.3441772460938, 166.66632080078125, 0.006045378278940916, 0.0030942601151764393, 0.0077226050198078156, 156.48333740234375, 107.66141510009766, 2.1358487606048584, 0.925156831741333, 2.813262939453125, 0.012062730267643929, 0.006268259137868881, 0.0010874795261770487, 37.12622833251953, 683.473388671875, 0.8493052124977112, 0.001584826153703034, 0.002084132982417941, 15.860270500183105, 0.10460400581359863, 0.0030675570014864206, 33.156524658203125, 0.004244746174663305, 344.2744445800781, 52.429229736328125, 0.0021811642218381166, 0.008004139177501202, 0.0463794581592083, 131.3848419189453, 0.0020096423104405403, 0.9908037185668945, 0.0072922431863844395, 4.559585094451904, 0.002334941877052188, 58.394195556640625, 0.20884060859680176, 68.21672058105469, 638.4511108398438, 0.001035588327795267, 0.02152121812105179, 114.63883972167969, 0.21084408462047577, 0.0031675889622420073, 0.003740644082427025, 748.7197875976562, 0.3622148334980011, 161.83004760742188]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "eps": 0.0007668027539475943, "momentum": 0.1, "num_features": 50}, "param_names": {}, "target": "torch.nn", "train_flags": [true, true, true, true, true]}, "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
