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

PAYLOAD = json.loads(r'''{"atol": [1e+308, 8.602466928014933e-05], "case": {"affine": true, "bias": null, "dtype": "float16", "eps": 1e-05, "grad": true, "grad_seed": 6912, "mindspore": {"init_via": "checkpoint", "pass_use_batch_statistics": true}, "momentum": 0.1, "num_features": null, "omit": ["momentum"], "param_dtype": "float16", "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [408, 2], "steps": [{"input": {"outlier_factor": 300.0, "outliers": 1, "scale": 100.0, "seed": 72809, "specials": [[258, "-inf"]]}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_input-07bf42da43", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "AAAAAAAA+P+z6IroDsk4PwAAAAAAAPj/qLsiLzU+T78AAAAAAAD4/xFVo6OlbkE/AAAAAAAA+P8WXjVgZFxTPwAAAAAAAPj/w3WaleskQD8AAAAAAAD4/6gAKBdiJ1G/AAAAAAAA+P9PmzecghVGPwAAAAAAAPj/QaqjOUVSTb8AAAAAAAD4/xG2Lgn2US2/AAAAAAAA+P8/Skkxr4NCPwAAAAAAAPj/R0cdyr19Mj8AAAAAAAD4/5CWaC+8dhs/AAAAAAAA+P8Ucdv1khs2PwAAAAAAAPj/UNFTJ1M4KD8AAAAAAAD4/7Fa3oevEy+/AAAAAAAA+P+U5POoCDM2vwAAAAAAAPj/4fOa8meRRL8AAAAAAAD4/zY67EsQXTG/AAAAAAAA+P97m32Bt5g+vwAAAAAAAPj/BUB5y5ImCz8AAAAAAAD4/23Vksvnvys/AAAAAAAA+P9MS9kCtX5NPwAAAAAAAPj/L4/j/0V3Mb8AAAAAAAD4/8HFrRv+k0I/AAAAAAAA+P8vykhloQFDvwAAAAAAAPj/EgX613A1CD8AAAAAAAD4/8hh7A0bHDg/AAAAAAAA+P8uChWzsQY+PwAAAAAAAPj/xD5aYZrOMz8AAAAAAAD4/0Y2IGWGvCE/AAAAAAAA+P/WbGGOBv1DPwAAAAAAAPj/Tz4/i6ETVz8AAAAAAAD4/6c0+s2seDM/AAAAAAAA+P8tU6NE2dtEPwAAAAAAAPj/SmWU7/gHRj8AAAAAAAD4/5Fj5s5+flG/AAAAAAAA+P9Ah+1pmaAgvwAAAAAAAPj/cwq2CWmJTL8AAAAAAAD4/4sz0mgvwz4/AAAAAAAA+P8UTBdTc+NFPwAAAAAAAPj//wy7ZRVGUT8AAAAAAAD4/4ltWBzrj0o/AAAAAAAA+P8FOr4V4g41vwAAAAAAAPj/fy4Xvm1wRD8AAAAAAAD4//QSJDV5yBu/AAAAAAAA+P/6BkF9S0devwAAAAAAAPj/YJMbsCg+Lz8AAAAAAAD4/1WR9oysFDM/AAAAAAAA+P/0E5tCtOE2vwAAAAAAAPj/O47atpcfNz8AAAAAAAD4/yn70ZRdHVY/AAAAAAAA+P+3wOiibxNavwAAAAAAAPj/gn2hMsc+S78AAAAAAAD4/9qyBElU1kq/AAAAAAAA+P9xwvXch1cxPwAAAAAAAPj/KKIAxxbmMT8AAAAAAAD4/1h07rdzeUK/AAAAAAAA+P+gYjQKMidFPwAAAAAAAPj/1OJYddC2TD8AAAAAAAD4/94jgizL9Da/AAAAAAAA+P/cJEecTCpYPwAAAAAAAPj/Ph1ZvJ1uSz8AAAAAAAD4/yuZXEhS/zO/AAAAAAAA+P8Ztdk91dzAPgAAAAAAAPj/RLq/567NET8AAAAAAAD4/8NA+df89y0/AAAAAAAA+P+Z/9fn7vdKPwAAAAAAAPj/GUbQ3R0KRD8AAAAAAAD4/0Ui4ARRdRS/AAAAAAAA+P94Ku5WoiouPwAAAAAAAPj/BfflWg/d8b4AAAAAAAD4/zzBufC46Oc+AAAAAAAA+P9h5N+B6980vwAAAAAAAPj/Z026UQU7W78AAAAAAAD4/+t5iAb3Uzo/AAAAAAAA+P/b3KyeXsg1PwAAAAAAAPj/fJZIGWytS78AAAAAAAD4/9z4sCHpnUa/AAAAAAAA+P/1K7QVxdYzPwAAAAAAAPj/9gqZek2bUT8AAAAAAAD4/7Hd/ZNHPBQ/AAAAAAAA+P8R51TbWE48vwAAAAAAAPj/BsFM8ww+XD8AAAAAAAD4/xlr4n286Ba/AAAAAAAA+P+UHgOFSEZQvwAAAAAAAPj/FQagN0fjUL8AAAAAAAD4/wYlsQaKWUi/AAAAAAAA+P+eJfL6vytRvwAAAAAAAPj/Ho61f2+zOz8AAAAAAAD4/4CwfOuakSC/AAAAAAAA+P+su40P4SZDPwAAAAAAAPj/BQej5/9WT78AAAAAAAD4/9VSHY+tNjU/AAAAAAAA+P/6tuh02rAhPwAAAAAAAPj/LEhcs1xJPz8AAAAAAAD4/0z5eb7d/FK/AAAAAAAA+P+zqo7YcrYSPwAAAAAAAPj/PAqBhHz1OT8AAAAAAAD4/wu72Hvx9RS/AAAAAAAA+P8ShzQscGwSvwAAAAAAAPj/FS2fiiiJJb8AAAAAAAD4/ylWUJwItEG/AAAAAAAA+P9BetuQjeJFvwAAAAAAAPj/cwgRh7qDUD8AAAAAAAD4/5c1PuLO2UG/AAAAAAAA+P+jnCc2d6EWvwAAAAAAAPj/T9PyTkQbSr8AAAAAAAD4/+WINnYXoye/AAAAAAAA+P8Bnjo3trouPwAAAAAAAPj/vG6n/RvnGD8AAAAAAAD4/9d47icCKVQ/AAAAAAAA+P+AqlGwLm1CPwAAAAAAAPj/HppdwQbLTD8AAAAAAAD4/9XwD1WTMk8/AAAAAAAA+P8HaIUTHrRAPwAAAAAAAPj/w6jY04V7QT8AAAAAAAD4/wZtXwYb/Ey/AAAAAAAA+P+JoPP933dUPwAAAAAAAPj/5etJlOCiQb8AAAAAAAD4/3FiFzIrDiu/AAAAAAAA+P8RNuhHK8ALPwAAAAAAAPj/24y8nJ/QJT8AAAAAAAD4/3nOBzU6nTY/AAAAAAAA+P9IXSuAO2cgvwAAAAAAAPj/vVE+55OaKz8AAAAAAAD4/xcutKX0chO/AAAAAAAA+P8V0D6eikpkPwAAAAAAAPj/cGwg2ibTHL8AAAAAAAD4/w/dJIt5Flg/AAAAAAAA+P8lQIHVQjc5vwAAAAAAAPj/jD8/UYdwQr8AAAAAAAD4/wsWK/ydkRu/AAAAAAAA+P8bhdjssnsxPwAAAAAAAPj/4rIDvxmcMb8AAAAAAAD4/2jGHxmGvUy/AAAAAAAA+P9V7ut/CSBYPwAAAAAAAPj/z/cNBCpjTj8AAAAAAAD4/8fX18vrNz4/AAAAAAAA+P/8Go8PW5tRPwAAAAAAAPj/T5TtxGb7Nr8AAAAAAAD4/yKU/El840m/AAAAAAAA+P+TwU+YNllYPwAAAAAAAPj/HmhQig4CS78AAAAAAAD4/+CJBLEkBk6/AAAAAAAA+P8JSmhyslBLPwAAAAAAAPj/brdSCGoRRb8AAAAAAAD4/2wsZgpgfDu/AAAAAAAA+P9EeQd2ZxYwvwAAAAAAAPj/agYQINQsBj8AAAAAAAD4/+i55yuiOz4/AAAAAAAA+P9d6vSV+cP1vgAAAAAAAPj/AqrKcnlNVr8AAAAAAAD4/13OLOXGkiY/AAAAAAAA+P8rJZZJhzxKvwAAAAAAAPj/0NDSjq0DBj8AAAAAAAD4/1xYxU3UEFS/AAAAAAAA+P8Ho5pLy25IPwAAAAAAAPj/dQcxGOxTTT8AAAAAAAD4/7K1Sy+bETy/AAAAAAAA+P9TAFpwohw8PwAAAAAAAPj/ELH4hoUzUT8AAAAAAAD4/zQURFhQnT4/AAAAAAAA+P//GEwTC+05vwAAAAAAAPj/UCyb2L+xHL8AAAAAAAD4/08NeyxZzS2/AAAAAAAA+P/Iz6vBBy9BPwAAAAAAAPj/8HeXpB842z4AAAAAAAD4/5a9mY4AtUM/AAAAAAAA+P/LkfYQMvZRvwAAAAAAAPj/HXc3s5K8Or8AAAAAAAD4/1Bqh9ZPvUI/AAAAAAAA+P9Oq0FTzhI2PwAAAAAAAPj/g7d8E0JtPL8AAAAAAAD4/5YWEXsvtj+/AAAAAAAA+P+LtnGDAZgsvwAAAAAAAPj/Z4nua3qQMb8AAAAAAAD4/4MMcCzyOT2/AAAAAAAA+P/3qBaTshNEPwAAAAAAAPj/2rdzJHEhFD8AAAAAAAD4/+fLbUMiYj4/AAAAAAAA+P8JlYG6+QTMPgAAAAAAAPj/zwgyBI1JQ78AAAAAAAD4/ydHbUdk0Eo/AAAAAAAA+P8+/48glDcQPwAAAAAAAPj/o+D42O0QED8AAAAAAAD4/2qjUDoLJ0Q/AAAAAAAA+P+97yCJRd5VvwAAAAAAAPj/o9gb7Mo9ID8AAAAAAAD4/xvxu18flyk/AAAAAAAA+P8sXlJgp4RCvwAAAAAAAPj/gj8dwV1gRr8AAAAAAAD4/0e6SpM3MFk/AAAAAAAA+P/k/eipZThAvwAAAAAAAPj/CICctRcbR78AAAAAAAD4/82nSPQ0tl2/AAAAAAAA+P8BGXPdYA1fvwAAAAAAAPj/ccp5flCxSr8AAAAAAAD4/3ns2oR4+z0/AAAAAAAA+P+hBLjy2z0cvwAAAAAAAPj/iLHd9yZxTD8AAAAAAAD4/xGxvJFpTie/AAAAAAAA+P9WONepEa03PwAAAAAAAPj/0fQdnLBmFj8AAAAAAAD4/8fdx38uviC/AAAAAAAA+P+anFFeVU5BPwAAAAAAAPj/cjPxNqTtOb8AAAAAAAD4/4EUxyt4cyg/AAAAAAAA+P9kknLPL8QePwAAAAAAAPj/XuuVyhxJTD8AAAAAAAD4/9RBLOAnMj8/AAAAAAAA+P8UnsE9GkREPwAAAAAAAPj/cTJ1M614ST8AAAAAAAD4//6cJnh8NhU/AAAAAAAA+P/IR90wNAE1vwAAAAAAAPj/YVF/34N5TD8AAAAAAAD4/3fP26qveUW/AAAAAAAA+P8PF++yyO8svwAAAAAAAPj/A1zNS/WjLL8AAAAAAAD4/2sO1c1w1TU/AAAAAAAA+P/K5Z94u+lJvwAAAAAAAPj/v3bXh9PlIj8AAAAAAAD4/2jFv0pUjA4/AAAAAAAA+P9GWvtpiJFJvwAAAAAAAPj/bd5xydxoKr8AAAAAAAD4/wgid50ohzu/AAAAAAAA+P+qPVxIgIZOPwAAAAAAAPj/AuwfrwR3R78AAAAAAAD4/xNR6X6nG0S/AAAAAAAA+P8u0NX4O7syPwAAAAAAAPj//Zy+2iwNU78AAAAAAAD4/4GPi1mroSQ/AAAAAAAA+P/IZC+uM9s9PwAAAAAAAPj/v7bw3/r1Mz8AAAAAAAD4/2DWr7C6p1G/AAAAAAAA+P/MR1bzpH0+vwAAAAAAAPj/sHj5OtmpUj8AAAAAAAD4/5xIEmQOd00/AAAAAAAA+P8ANedvpYUgPwAAAAAAAPj/0PzKXLnnO78AAAAAAAD4/ycjXYARa2E/AAAAAAAA+P9kqRmmiC1QPwAAAAAAAPj/glQ/k4wQ4D4AAAAAAAD4/0ac2gVJTzo/AAAAAAAA+P+ODnbkrIs7vwAAAAAAAPj/Wr2UXJbpKT8AAAAAAAD4/zcshTf52AG/AAAAAAAA+P+brF/sDgQQPwAAAAAAAPj/NPDZVmj2RD8AAAAAAAD4/2bgUyqQj+K+AAAAAAAA+P9Yzln5d8tCPwAAAAAAAPj/FfVsWse7Mj8AAAAAAAD4/+s9+KQQSCO/AAAAAAAA+P/UKZxr68hSPwAAAAAAAPj//MefkrbZIT8AAAAAAAD4/19urcv2IEU/AAAAAAAA+P/YQgJkDN8OvwAAAAAAAPj/QWGXYEQbNT8AAAAAAAD4/5QD0KWbKlA/AAAAAAAA+P8jLG50SJ9KvwAAAAAAAPj/PHv/6Gjw9D4AAAAAAAD4/629edf6oAG/AAAAAAAA+P/gvb/cdDMyPwAAAAAAAPj/c61QOvA+Vb8AAAAAAAD4/938s9+r5kW/AAAAAAAA+P9aJuy3xsoxvwAAAAAAAPj/HWiO1111KT8AAAAAAAD4//v1Mil2SkQ/AAAAAAAA+P+/FY0bqRA7PwAAAAAAAPj/Fo7JngEcQj8AAAAAAAD4/09+X/RmfUO/AAAAAAAA+P8KTevmDLhAvwAAAAAAAPj/u9GH5zjRIT8AAAAAAAD4/1ScsCMJwVc/AAAAAAAA+P/+FLmShZIaPwAAAAAAAPj/raIX8a7JOD8AAAAAAAD4/9vKWVlvoEQ/AAAAAAAA+P9+YPoFins9PwAAAAAAAPj/qGh3QNYaRL8AAAAAAAD4/0CGTz7lOSW/AAAAAAAA+P+CUAC4DK8ZPwAAAAAAAPj/f5GWeY+9Sr8AAAAAAAD4/3cQqpZfYjO/AAAAAAAA+P8XuxqI3+tJPwAAAAAAAPj/nOzQrUC8UL8AAAAAAAD4/56o5gx8aRk/AAAAAAAA+P8jtquRt2vvPgAAAAAAAPj/xEwnaq3bVr8AAAAAAAD4/0HuOIuU4RO/AAAAAAAA+P+H2WkYrZg5vwAAAAAAAPj/y32en87IUb8AAAAAAAD4/wG72DV1ACW/AAAAAAAA+P+bPnsNvKZRPwAAAAAAAPj/lXmqtcrGUT8AAAAAAAD4/4UzGVvYOiu/AAAAAAAA+P9hh07qgJItvwAAAAAAAPj/uxZcL5jMB78AAAAAAAD4/wksA59nuDM/AAAAAAAA+P8WitMYSkVdPwAAAAAAAPj/rPSZmJy0RD8AAAAAAAD4/5VbSTjKXEa/AAAAAAAA+P/37zfzG+cyvwAAAAAAAPj/OhHie6WVQr8AAAAAAAD4/y4qLr5qZRY/AAAAAAAA+P8cbvnVX39NvwAAAAAAAPj/Cd/k2XMlMT8AAAAAAAD4/7UIulAcR0C/AAAAAAAA+P9wXpD3TPsyPwAAAAAAAPj/PsXuFJlQFT8AAAAAAAD4/zLDua0+JS6/AAAAAAAA+P/b5+PrZzJMPwAAAAAAAPj/epN4gAtoOz8AAAAAAAD4/6Pr6QqN4Tq/AAAAAAAA+P881rL1c+tBPwAAAAAAAPj/oLaJ9seSNr8AAAAAAAD4/xWvQcQsywc/AAAAAAAA+P8YvzyEhD8yvwAAAAAAAPj/hd357q8aW78AAAAAAAD4/+HZtgUx8zi/AAAAAAAA+P/VbdWPp0dYPwAAAAAAAPj/RfMQOqEJT78AAAAAAAD4/9W6RlrbN2e/AAAAAAAA+P+vQJqezCDsPgAAAAAAAPj/eEzSeAe3Mz8AAAAAAAD4/41Q/xHD3/++AAAAAAAA+P8ax4qQHWsZPwAAAAAAAPj/SfY9FL0EWb8AAAAAAAD4/zzl50OCjkW/AAAAAAAA+P/AqKYwog1IPwAAAAAAAPj/6hFz8xAPIj8AAAAAAAD4/8g4jcWpPlC/AAAAAAAA+P8UibeWm65UvwAAAAAAAPj/0bCjlByKMD8AAAAAAAD4/55g7oGrFfA+AAAAAAAA+P9ktm1Yq1dZvwAAAAAAAPj/Ohjn+kvUP78AAAAAAAD4/xDqGgWcrki/AAAAAAAA+P9TwLhEbBpRPwAAAAAAAPj/BItkeNt0VD8AAAAAAAD4/9y5bDCYrjE/AAAAAAAA+P/1tBDqAC1TvwAAAAAAAPj/1hd63AI5Jb8AAAAAAAD4/0i467WGkRm/AAAAAAAA+P8bI1+3FqQ9PwAAAAAAAPj/RlaRgDF7KD8AAAAAAAD4/8Eu83mq/E8/AAAAAAAA+P+sK8ygRahKPwAAAAAAAPj/2lr6sP1w9z4AAAAAAAD4/6Kg/8wPVSs/AAAAAAAA+P9Q6++IiQpFvwAAAAAAAPj/0esZY+fDHj8AAAAAAAD4/00st3RVhCO/AAAAAAAA+P/qYpf1JP5ZvwAAAAAAAPj/OkNkhEQDMT8AAAAAAAD4/2ymMLmfTjy/AAAAAAAA+P90fwBaHJYvPwAAAAAAAPj/c5D93lCeLj8AAAAAAAD4/1qMzoUS1zK/AAAAAAAA+P8s2RI/2ho0PwAAAAAAAPj/OLBzUaarT78AAAAAAAD4/75HdwkUg0K/AAAAAAAA+P9r+z+TWcUQPwAAAAAAAPj/e8rYna8lH78AAAAAAAD4/8RuVszdhjM/AAAAAAAA+P9lQZwHftE4vwAAAAAAAPj/nqZ9t8ZvJ78AAAAAAAD4/5Gzam1k2UK/AAAAAAAA+P84PCcS3sYhPwAAAAAAAPj/6IdpaW0XP78AAAAAAAD4/yVeR7lVilO/AAAAAAAA+P+TpR0NBsIjvwAAAAAAAPj/h6A5OeXlQz8AAAAAAAD4/+rK3/6sRCS/AAAAAAAA+P/E2rke0fpPvwAAAAAAAPj/MiiHj2gFPj8AAAAAAAD4/zBFh3B0bTk/AAAAAAAA+P/guFH/GnVYPwAAAAAAAPj/poY8fYwSVb8AAAAAAAD4/9Pd56QgFjy/AAAAAAAA+P+Ojpgi2XIjPwAAAAAAAPj/cXCX826BQD8AAAAAAAD4/15e+0PoIzW/AAAAAAAA+P+xJtEC9PpPvwAAAAAAAPj/YIfNFwYOQD8AAAAAAAD4/8Kyde7DSBm/AAAAAAAA+P9NOOxsz4U7PwAAAAAAAPj/qswovBABP78AAAAAAAD4/+7uNa82MVS/AAAAAAAA+P/fhNMFdrNIvwAAAAAAAPj/uTlpeLwNN78AAAAAAAD4/wJNMZux+jI/AAAAAAAA+P/hr40f/C9UvwAAAAAAAPj/AHCJoOKw9L4AAAAAAAD4/18WvZrYoVa/AAAAAAAA+P88jgd+eqIqvwAAAAAAAPj/qECRtANe+z4AAAAAAAD4/zFhC1ORTzk/AAAAAAAA+P+xG4sIJQkzPwAAAAAAAPj/wms+9DhJCT8AAAAAAAD4//ed0Wqkq0a/AAAAAAAA+P9mnEZY/ZxPvwAAAAAAAPj/KSgNl86NRT8AAAAAAAD4/yEMyMdU0EY/AAAAAAAA+P/KmgibtbgnvwAAAAAAAPj/VBYbM9GPQT8AAAAAAAD4/wJGOodVKEW/AAAAAAAA+P8qWNBcYyhAPwAAAAAAAPj/3n/WKwNRUT8AAAAAAAD4/zAHAJ6RxU4/", "shape": [408, 2]}, "right_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float16", "eps": 1e-05, "num_features": 2, "use_batch_statistics": null}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true]}, "rtol": 0.001, "several": 4.0, "step": 0, "summary": "BatchNorm1d(2, eps=1e-05, affine=True, track_running_stats=True, dtype=float16) on (408, 2) float16, train (grad; use_batch_statistics=None; initial values via checkpoint)", "torch_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float16", "eps": 1e-05, "num_features": 2, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [true]}}''')  # filled in by fuzz/report/repro.py


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
