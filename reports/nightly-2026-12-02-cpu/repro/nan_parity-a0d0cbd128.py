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

PAYLOAD = json.loads(r'''{"atol": [1e+308, 0.07891328553700544], "case": {"affine": true, "bias": null, "dtype": "float16", "eps": 1e-05, "grad": true, "grad_seed": 6912, "mindspore": {"init_via": "checkpoint", "pass_use_batch_statistics": true}, "momentum": 0.1, "num_features": null, "omit": ["momentum"], "param_dtype": "float16", "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [408, 2], "steps": [{"input": {"outlier_factor": 300.0, "outliers": 1, "scale": 100.0, "seed": 72809, "specials": [[258, "-inf"]]}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "nan_parity-a0d0cbd128", "kind": "nan_parity", "quantity": "output", "reference": {"data": "AAAAAAAA+P+N3cKd7nvAvwAAAAAAAPj/NHtC4kL6sr8AAAAAAAD4/2y5b8KUmq2/AAAAAAAA+P+5xR81ICrKvwAAAAAAAPj/OWCVjiYXmD8AAAAAAAD4/zV5FC0Crra/AAAAAAAA+P8OOCoVgu6PvwAAAAAAAPj/Kcu+yo5LsL8AAAAAAAD4/z3NDxt5jJK/AAAAAAAA+P+2qcb4gjmdvwAAAAAAAPj/t5LOaX8nsr8AAAAAAAD4/w0lM+Cbp7K/AAAAAAAA+P98a5i9ys6gvwAAAAAAAPj/Ar3R/cdFjL8AAAAAAAD4/xtg+mnVHow/AAAAAAAA+P855UKZ0iyvvwAAAAAAAPj/cxQydfCAo78AAAAAAAD4/yaHNsi6jFO/AAAAAAAA+P+16WioyijEvwAAAAAAAPj/ZwMyFPd4kb8AAAAAAAD4/9VpKkVRA6i/AAAAAAAA+P99lbmbCEGhPwAAAAAAAPj/5cvK8VnDaz8AAAAAAAD4/56K1oCPy7+/AAAAAAAA+P+DeG1VZjhZPwAAAAAAAPj/zhxSh4nEsr8AAAAAAAD4/8LTYLvOeaW/AAAAAAAA+P+I1WFttu7CvwAAAAAAAPj/Pab+hjq8uL8AAAAAAAD4/2AeKUdLwba/AAAAAAAA+P+ox38qBZWnPwAAAAAAAPj/psvblIYtoD8AAAAAAAD4/3KNPE3zR6q/AAAAAAAA+P+WvJRwWc2pvwAAAAAAAPj/mGpAHDEJsr8AAAAAAAD4/7Fw4/HSpFE/AAAAAAAA+P/sDJvpLlfCvwAAAAAAAPj/vpIsixZUgr8AAAAAAAD4/xboas4VEpo/AAAAAAAA+P/IYcWof0yjPwAAAAAAAPj/F2sLHA43wL8AAAAAAAD4/4UcmceOzIu/AAAAAAAA+P9lWwn4ZJ3IvwAAAAAAAPj/2oknkzW0qb8AAAAAAAD4/0y7GZI5qai/AAAAAAAA+P/vtj1QBnmlPwAAAAAAAPj/sCYrhToEqb8AAAAAAAD4/6bPxDxgtqu/AAAAAAAA+P8OzQDsybXAvwAAAAAAAPj/ceTf0Ydihb8AAAAAAAD4/953Y+AcBKw/AAAAAAAA+P+GTJBakx2vPwAAAAAAAPj/DBYZem3Ip78AAAAAAAD4/7wn4Q5r9bW/AAAAAAAA+P8uC7ewihiwPwAAAAAAAPj/ZLnGZl8+ob8AAAAAAAD4/1dPT4GO0rC/AAAAAAAA+P/P6VQ80AqwvwAAAAAAAPj/xnwZogT3tr8AAAAAAAD4/2gP3n2ENoc/AAAAAAAA+P8byXCL12mzvwAAAAAAAPj/VFuV7Qa/sr8AAAAAAAD4/2rirbCt7JG/AAAAAAAA+P+YSWBNHeWVPwAAAAAAAPj/w7Rc1+Dtwz8AAAAAAAD4/02hn2kdbaE/AAAAAAAA+P+YooSsc8rAvwAAAAAAAPj/QEIzAW9fob8AAAAAAAD4/4MhjIwwi4K/AAAAAAAA+P8CmLVhWRrBvwAAAAAAAPj/2FEJNcBAZj8AAAAAAAD4/1YRLPY7Gba/AAAAAAAA+P+cuUU008mxvwAAAAAAAPj/RJezvXMxiT8AAAAAAAD4/37bITm2G6C/AAAAAAAA+P/95u/K0li3vwAAAAAAAPj/XT+tqpRNtr8AAAAAAAD4/53vWw/VPsS/AAAAAAAA+P8lrPHtRNK4vwAAAAAAAPj/aDyzSVxdxb8AAAAAAAD4/wau346Y87O/AAAAAAAA+P+xqcPnT9q3vwAAAAAAAPj/OlQ0XzeJvr8AAAAAAAD4/+zTv/7Lb7W/AAAAAAAA+P+unzVdPcuvvwAAAAAAAPj/ilIdi4hhub8AAAAAAAD4/+gtH01448G/AAAAAAAA+P8efEKEq1G8vwAAAAAAAPj/e87NQ9zPq78AAAAAAAD4/5AvbM1kU6+/AAAAAAAA+P87ZiFktZCgPwAAAAAAAPj/Fesv3naElD8AAAAAAAD4/3A2TTNaM6G/AAAAAAAA+P93o25lFXCEvwAAAAAAAPj/4ZxGvxqIub8AAAAAAAD4//oFRnnbmLq/AAAAAAAA+P+TfnCKoEm9vwAAAAAAAPj/Zpl+TdIKpT8AAAAAAAD4/+Q8fe7SwLE/AAAAAAAA+P/q9OmsF/mrPwAAAAAAAPj/bpa8TqT3v78AAAAAAAD4/6I8M3I2s8e/AAAAAAAA+P/wIsUWbjC1vwAAAAAAAPj/VBNaq3xlsr8AAAAAAAD4/9eOshPrubq/AAAAAAAA+P+HGoV6XlelvwAAAAAAAPj/H3cEhWtjib8AAAAAAAD4/8OgY3AVwKK/AAAAAAAA+P9AEiyYpHC/vwAAAAAAAPj/kJ5dk8mvvr8AAAAAAAD4/4Dqccl8mni/AAAAAAAA+P+PfH6jC33QvwAAAAAAAPj/xKI3cFgJtj8AAAAAAAD4/1odj9v3O6M/AAAAAAAA+P/keisBsdW7vwAAAAAAAPj/B68cNLsWqT8AAAAAAAD4/4MEQfRzUWC/AAAAAAAA+P8F/5yIoJGtvwAAAAAAAPj/7I2ycYJisb8AAAAAAAD4/2X5SHmAnL6/AAAAAAAA+P9il07ixCmVPwAAAAAAAPj/CWJI4owBu78AAAAAAAD4/xiuU5n20cm/AAAAAAAA+P9CWFt44aPAvwAAAAAAAPj/k+JevsWWw78AAAAAAAD4/+6K7WEh8La/AAAAAAAA+P8FOlReKRGVvwAAAAAAAPj/Q6VqPU31n78AAAAAAAD4/ykkVVJxUae/AAAAAAAA+P91nFcOiPGmvwAAAAAAAPj/q8C5wIZXr78AAAAAAAD4/0Nk9r+no7m/AAAAAAAA+P9bA8JmzRl/PwAAAAAAAPj//kXrOVbnxr8AAAAAAAD4/1EEMrZf0Jq/AAAAAAAA+P8Yo1AHt8KwvwAAAAAAAPj/CTlkqXGyr78AAAAAAAD4/9UgV01Aube/AAAAAAAA+P9Wuye3qnPAvwAAAAAAAPj/HgIaCpEJqb8AAAAAAAD4/xzI2TC3Q7W/AAAAAAAA+P+Ac57dno6jPwAAAAAAAPj/R23uSgBXtb8AAAAAAAD4/zx/SANguam/AAAAAAAA+P+b1wSIu+O2vwAAAAAAAPj/a+qlQZP2p78AAAAAAAD4/9JrV58rhbK/AAAAAAAA+P8qFcIzOs2qvwAAAAAAAPj/xyV+CFMrw78AAAAAAAD4/26XU6nEHb6/AAAAAAAA+P92/quYzLVTPwAAAAAAAPj/un1QJcFbgT8AAAAAAAD4/wgp2M7u2oM/AAAAAAAA+P/FQCUnWVSqvwAAAAAAAPj/axeAVhC6qb8AAAAAAAD4/0Lz1embMLy/AAAAAAAA+P+ZsE2peha2vwAAAAAAAPj/VQLMnhSnwr8AAAAAAAD4/4Lcukmj1pG/AAAAAAAA+P8yizg5JMjCvwAAAAAAAPj/EnOhnR1CtL8AAAAAAAD4/yd+O+gUIMK/AAAAAAAA+P8rK6S5s36xPwAAAAAAAPj/cBJ8HVIPp78AAAAAAAD4/x93BIVrY4m/AAAAAAAA+P83Uy8rhO1ovwAAAAAAAPj/TAFqlcv+ur8AAAAAAAD4/1PBkN7f/Km/AAAAAAAA+P/GxFTkjlC3vwAAAAAAAPj/wAXGUAFDuL8AAAAAAAD4/7v3NLYE1J6/AAAAAAAA+P8JZHaXzU23vwAAAAAAAPj/EB4SZrmcv78AAAAAAAD4/48EenwvScG/AAAAAAAA+P92l8sybCGkvwAAAAAAAPj/3+1qoqgUp78AAAAAAAD4/0ubE5SO85g/AAAAAAAA+P8Qg5f0/g/EvwAAAAAAAPj/LpX9ytrppL8AAAAAAAD4/0RGN2y/ibS/AAAAAAAA+P/lnw7grlmZvwAAAAAAAPj/01tg7ePswL8AAAAAAAD4/86lAUe5b5m/AAAAAAAA+P/BxFIuwruzPwAAAAAAAPj/nH/Sk+nxxL8AAAAAAAD4/8RE1LZba8a/AAAAAAAA+P/3irgQSnLAvwAAAAAAAPj//DXzLKiEsz8AAAAAAAD4/1N+7qv5Xrc/AAAAAAAA+P/g3lGX4P+dvwAAAAAAAPj/HLZhpK3go78AAAAAAAD4/24O//n4P6K/AAAAAAAA+P+p/ljJTvJHvwAAAAAAAPj/kQ9+adUivL8AAAAAAAD4/0oEL6UscbW/AAAAAAAA+P9izo/luzmevwAAAAAAAPj/FVyJcfOez78AAAAAAAD4/y8JiftJzLM/AAAAAAAA+P+tWSd1jfO5vwAAAAAAAPj/0f/P2MPNoj8AAAAAAAD4/9iGrwRKWY2/AAAAAAAA+P+bAhjRfUmwvwAAAAAAAPj/GlnnD+wctL8AAAAAAAD4/4xoj/CXtXa/AAAAAAAA+P8/HyQitCSXPwAAAAAAAPj/pmv3AMjEsL8AAAAAAAD4/+n4RReZkaQ/AAAAAAAA+P/r2FgOcCujPwAAAAAAAPj/mbBNqXoWtr8AAAAAAAD4/x3AexGyFZ2/AAAAAAAA+P+OvPRLCOByPwAAAAAAAPj/k35wiqBJvb8AAAAAAAD4/xr8KmBI26e/AAAAAAAA+P9B5qNHtQrFvwAAAAAAAPj/WZqjU2HnwL8AAAAAAAD4/33zVRJ2hr6/AAAAAAAA+P9jSKaQU8ujvwAAAAAAAPj/W8krNlSmar8AAAAAAAD4/9O7l6Yj1JM/AAAAAAAA+P+9vsX9zHeZPwAAAAAAAPj//JtJLuWPlb8AAAAAAAD4/3BBS7p/9FA/AAAAAAAA+P910J4y7LmZPwAAAAAAAPj//1O0Nl0zvL8AAAAAAAD4/2hQB8GLWKG/AAAAAAAA+P9Nb3oh2M+BvwAAAAAAAPj/3r3KImQUub8AAAAAAAD4/6cN52xMpbS/AAAAAAAA+P99suLvNv+5PwAAAAAAAPj/aNOfI6EusL8AAAAAAAD4/35JfKT6UbG/AAAAAAAA+P81aR17uhXFvwAAAAAAAPj/QKyLty8Ak78AAAAAAAD4//wyiNJEFaK/AAAAAAAA+P+jgRXXiiWFPwAAAAAAAPj/ATBLZUHIp78AAAAAAAD4/ycnRT7/hpM/AAAAAAAA+P/9WKf7/vGyvwAAAAAAAPj/VtIxw9sNij8AAAAAAAD4/3JZp0yznbe/AAAAAAAA+P9b0LqJySa1vwAAAAAAAPj/XemoawOowL8AAAAAAAD4/7dmJMacm7q/AAAAAAAA+P83jcVb/WB9PwAAAAAAAPj/GZqT/gD2ab8AAAAAAAD4/1nraZOynoO/AAAAAAAA+P/evDPIQ+66vwAAAAAAAPj/t5q5xtxFrb8AAAAAAAD4/z/TQOCjOKC/AAAAAAAA+P8Cakk7Yc2EPwAAAAAAAPj/VgE1RPSAxL8AAAAAAAD4//D3sc2ryru/AAAAAAAA+P+2IkXuk9qyvwAAAAAAAPj/RM3w5x1wbr8AAAAAAAD4/80mdNALnn8/AAAAAAAA+P84G8RLmWKHPwAAAAAAAPj/YtX89KI+rz8AAAAAAAD4/zZ01i3Cv4O/AAAAAAAA+P+PnOSj6jOGvwAAAAAAAPj/Ol5n2eXKmz8AAAAAAAD4/y8sPcqgObO/AAAAAAAA+P90nh7aQk+vvwAAAAAAAPj/WOLeletAwb8AAAAAAAD4/0ohV570ZLy/AAAAAAAA+P98HSy2FcmSvwAAAAAAAPj/j6Eioyoiub8AAAAAAAD4/+Qu7gmj5pu/AAAAAAAA+P8d8lUfWYOwvwAAAAAAAPj/AJzw001Xrr8AAAAAAAD4/8qiOoGLaKu/AAAAAAAA+P8wK6ZvgBO1vwAAAAAAAPj/TrFEUUpRsb8AAAAAAAD4/yM674J6CYG/AAAAAAAA+P+tDep9fwSavwAAAAAAAPj/0mrARAtftL8AAAAAAAD4/2SKV7MbQK+/AAAAAAAA+P+1BCov4SiRPwAAAAAAAPj/wb7Hs5kMrT8AAAAAAAD4/7SvUBhFHpK/AAAAAAAA+P9f3bTJpW+gPwAAAAAAAPj/YFSrVHjBgD8AAAAAAAD4/42jUFhrbrW/AAAAAAAA+P+ZPGjDDTG+vwAAAAAAAPj/Fesv3naElD8AAAAAAAD4/zlav9lfOKW/AAAAAAAA+P93pn6vFBK7vwAAAAAAAPj/1Llp8eKHlz8AAAAAAAD4/yqvuQ7Zo5i/AAAAAAAA+P+4jTVa22uUvwAAAAAAAPj/9SomR6a9sr8AAAAAAAD4//3lWHCyMrm/AAAAAAAA+P+PLMrV2ryovwAAAAAAAPj/UAXJEID2mL8AAAAAAAD4/6f977oEDcO/AAAAAAAA+P9XnUdrNf6vvwAAAAAAAPj/qUpznX44sb8AAAAAAAD4/3pE4d6JAaC/AAAAAAAA+P9kilezG0CvvwAAAAAAAPj/7UTg1Nfisr8AAAAAAAD4//9w/oIYTcC/AAAAAAAA+P/e40Rcgr6UvwAAAAAAAPj/q4NH+GSbmD8AAAAAAAD4/9Kjmy9uRsG/AAAAAAAA+P8GQRx+dOOgvwAAAAAAAPj/tjkEwCZFwD8AAAAAAAD4/2dNQVbEG7W/AAAAAAAA+P9J/an7KeenvwAAAAAAAPj/isTUu7T6tL8AAAAAAAD4/7NHywZh/KE/AAAAAAAA+P/3irgQSnLAvwAAAAAAAPj/zD4TkPVzpz8AAAAAAAD4/4vakAD8s4y/AAAAAAAA+P8bAkx2OlHAvwAAAAAAAPj/H3ib34uJh78AAAAAAAD4/3UqWuxixcK/AAAAAAAA+P/FgBtXiIymPwAAAAAAAPj/Fw98YlTisz8AAAAAAAD4/+Fcavf7JrM/AAAAAAAA+P/R6xxj8TKqvwAAAAAAAPj/xP9dhDKEwL8AAAAAAAD4/2sm6Jgae4S/AAAAAAAA+P8uHrq+koCmvwAAAAAAAPj/4vtBLp4Wyb8AAAAAAAD4/xVDveKsQ8G/AAAAAAAA+P8DfAPLJPGsvwAAAAAAAPj/DsntFH9idL8AAAAAAAD4/0ohV570ZLy/AAAAAAAA+P/l8D/3xNGhvwAAAAAAAPj/8gAEDgKBkL8AAAAAAAD4/8NGAmyct8K/AAAAAAAA+P8/P22WpyK1vwAAAAAAAPj/tbEkGIhntb8AAAAAAAD4/zpf/jMG8Zk/AAAAAAAA+P8de2Dv7PuBvwAAAAAAAPj/v/Zl+dnQxL8AAAAAAAD4/6mXOxaLLKa/AAAAAAAA+P9O07OPm0zEvwAAAAAAAPj/Yn0kts5Pxr8AAAAAAAD4/5Lj9RjmvMG/AAAAAAAA+P86XdB+xaSdPwAAAAAAAPj/jjGZJz/Vub8AAAAAAAD4//3vi+pgdJY/AAAAAAAA+P/IqfQR6ISqvwAAAAAAAPj/mpp5su8arL8AAAAAAAD4/1ropINRLIm/AAAAAAAA+P++CItgYrWyvwAAAAAAAPj/8N+HN6EhNEAAAAAAAAD4/3b+q5jMtVM/AAAAAAAA+P+vK3FvXUHDvwAAAAAAAPj/MHUQwrGDo78AAAAAAAD4//9SHdw8Db6/AAAAAAAA+P/7Zm+dn3PGvwAAAAAAAPj/tJ06BY+lp78AAAAAAAD4/8tZaOTg6Ky/AAAAAAAA+P/9FG5u+C2iPwAAAAAAAPj/mMPWoxMPqb8AAAAAAAD4/5hC8z024KS/AAAAAAAA+P9q6zycsxymvwAAAAAAAPj/2XRQheoCoL8AAAAAAAD4/7VqgDAeNLO/AAAAAAAA+P9d1pGZ9s+ZPwAAAAAAAPj/cezjO4+NpL8AAAAAAAD4/9CGq5iwL5a/AAAAAAAA+P92f8grOg+svwAAAAAAAPj/wtcPS9GQwb8AAAAAAAD4/6a57+pu8K+/AAAAAAAA+P8+BafQPMykvwAAAAAAAPj/Xi4fniyPxr8AAAAAAAD4/4kSQGgDNqE/AAAAAAAA+P/vIYhxSw2QvwAAAAAAAPj/XNlWqVdClD8AAAAAAAD4/6s6GktWTo8/AAAAAAAA+P/6friVyhinvwAAAAAAAPj/NcgXj9fZsj8AAAAAAAD4/yVouGA+Dqg/AAAAAAAA+P9sV3aGP/KlPwAAAAAAAPj/tc/kxtZLrL8AAAAAAAD4/6jIFoUlu6U/AAAAAAAA+P+my9uUhi2gPwAAAAAAAPj/4LudyImSrr8AAAAAAAD4/9glTSMV15O/AAAAAAAA+P+ynfYz4JKnvwAAAAAAAPj/5VeekGfcUr8AAAAAAAD4/6o8SACXmos/AAAAAAAA+P8DWkFnUneWvwAAAAAAAPj/DI1chrUxpr8AAAAAAAD4/5xJYgPqeak/AAAAAAAA+P/lV56QZ9xSvwAAAAAAAPj/sTikbKoxrL8AAAAAAAD4/yL1PEP49qi/AAAAAAAA+P8p+Oa75/CBvwAAAAAAAPj/LnENsscjkr8AAAAAAAD4/1BoWaf1xI6/AAAAAAAA+P/vMPnqOT2APwAAAAAAAPj/7olWBwHKuL8AAAAAAAD4/5/y7rKMaae/AAAAAAAA+P+7wYoNLuqTPwAAAAAAAPj/WMD7OYxrn78AAAAAAAD4/9kykOfCuoc/AAAAAAAA+P/gARI/WY6mvwAAAAAAAPj/lsBDAFzkxb8AAAAAAAD4/7f2m6UXGa2/AAAAAAAA+P8RJ66FR7iePwAAAAAAAPj/UM0pcNlnz78AAAAAAAD4/4AxevguCqu/AAAAAAAA+P/2aWwPC8OcvwAAAAAAAPj/wb0wWXnmrj8AAAAAAAD4/+zplFC9NbG/", "shape": [408, 2]}, "right_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float16", "eps": 1e-05, "num_features": 2, "use_batch_statistics": null}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true]}, "rtol": 0.001, "several": 4.0, "step": 0, "summary": "BatchNorm1d(2, eps=1e-05, affine=True, track_running_stats=True, dtype=float16) on (408, 2) float16, train (grad; use_batch_statistics=None; initial values via checkpoint)", "torch_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float16", "eps": 1e-05, "num_features": 2, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [true]}}''')  # filled in by fuzz/report/repro.py


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
