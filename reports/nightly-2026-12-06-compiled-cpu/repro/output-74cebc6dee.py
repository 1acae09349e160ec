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

PAYLOAD = json.loads(r'''{"atol": [0.017134538131419526, 0.08479021017121935, 0.052073519714180595, 0.021655285458322647, 0.015925516839787678], "case": {"affine": true, "bias": null, "dtype": "float16", "eps": 1e-05, "grad": true, "grad_seed": 830, "mindspore": {"data_format": "NCHW", "init_via": "constructor", "unmapped_init": {"running_var": [64.88175201416016, 3.619906187057495, 0.13080373406410217, 2.8778796195983887, 3.087625741958618]}}, "momentum": 1.0, "num_features": null, "omit": [], "param_dtype": "float16", "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [7, 5, 20], "steps": [{"input": {"offset": -100.0, "outliers": 3, "seed": 658}, "mode": "eval"}, {"input": {"offset": -1000.0, "outliers": 2, "scale": 0.01, "seed": 846}, "mode": "train"}, {"input": {"offset": -1000.0, "outliers": 2, "scale": 0.01, "seed": 36712}, "mode": "eval"}], "track_running_stats": false, "weight": [-1.542644739151001, 2.6069352626800537, -1.1275534629821777, -1.6375198364257812, 1.2863527536392212]}, "device_target": "CPU", "equivalent_exceptions": [], "id": "output-74cebc6dee", "kind": "output", "quantity": "output", "reference": {"data": "gV0Tklxlxj9v4qJYTzKzPx9O5er6/vU/HRY8aPAx2781nVPol2UBQCHqOSyAZQPADDcgcGhlBUAfTuXq+v71P4SVvBRnMvE/umq5fwllDUCD+WfT4csDQDWdU+iXZQFAk6DaSF/L/r8Ob8nycjIAwDQB/6YS/+O/bar51URl+L+qw0YKjGXiP4FdE5JcZcY/SLQYYyr/8b/OgX76m/79P40zax1dsNO/qMnC9F+D079l0mfa2PPTv+DjsaXK1NS/VRl8bPJe0r/4i8l6aPzSv8c7mtAsrda/c50TRlrd07+NM2sdXbDTv5v+FonemdO/ItsMwFFk1L91i1NIv4jVv+vAHQ/nEtO/AFaJgZf+17/FTVrOxwHVv5v+FonemdO/cK/TQ/Ux0r9AX6SZueLVv6XbgvL619G/M5T4LTj51b9woPqHLle8P+n2Jg6pDrU/s3A3f+OVKsDJo4TMNfy2P5RuywnLMro/kPOcyaFpuj+0wW1LPkW4P+IAyo1WfLU/U8iGhuQNvj+FghEJJg67P9wKbQ0E6rU/XjkSR2BpvT/p9iYOqQ61P9+Fm00ts7U//F0PT3f8sz9F3MyFP+m+P6lQ4orC6bg/aKqdB9zEvD+BB+PI/ES7P3eWVwiB6bs/1uYOPdtS7D+J1jM34pvvP7Vx16lUDPG/vxegTsZ34j/RYzGYqU7FP/TIMxvmQvm/tXHXqVQM8b8aUSGeYp73v7rEO3wNwgFAWKh9D/TU/79OkWLAYjnRPyP36ULUCek/d4qi7f7E3L+/F6BOxnfiPxhQ9qh+Xd4/idYzN+Kb7z+/F6BOxnfiP1MUQGWUPei/GlEhnmKe97+O6ekm2LDyv64Q0kBev/m/ZY2txNxe7z8mqE03EHIAwEpJg845agBAzPRqFpFNA8CaiUQMsjThv53vET761wFAc5xKBhohAUDVCNdnNn7vv+9F6b3y+P0/vip6o9ss8b/lIn/Ks+vmv1JH2d1eRNG/VF3vH9+a/L8a9HIG26fpPzG8uYi1ouy/Mby5iLWi7L/vUpCFbVm3v53gE5xg+9a/1QjXZzZ+77++2guFHv8CQAubyy7j/tc/0vHQ/7CY87+ElbwUZzLxP+I0mLaz/us/zoF++pv+/T9Z998ZLWXqv0cYxCGlmARAWfffGS1l6r9v4qJYTzKzP2tyUFM6mO2/b+KiWE8ysz8yyVUkCDL5PzGRrKH9ZN4/NZ1T6JdlAUCElbwUZzLxP+ak6rvImNE/fyVqD1KY+79tqvnVRGX4vzQB/6YS/+O/a67n3qJK17+b/haJ3pnTv0hO0ABxddK/4OOxpcrU1L/6eQl9zafUvxf+oFY1Jta/tpRuYOFs07+2lG5g4WzTv9AqxjfkP9O/ItsMwFFk1L9l0mfa2PPTv1gHvG5XCtS/+nkJfc2n1L/SGAY6SevUvyvKOCcJ99C/YuQn2HNI0r/d9XGjZSnTv4tFKxv4BNK/m/4Wid6Z0786gySV74vSv/Dsg477oLQ/tzyci2cOuD+BB+PI/ES7P5pkKIodxbk/Wr7jBjegvT+aZCiKHcW5P57fVspGjrk/8OyDjvugtD+/MvkLuqC3P9+Fm00ts7U/ZS9vx7L7vD/fhZtNLbO1P1q+4wY3oL0/U8iGhuQNvj+m1bNKmSC5P9QUEI2xV7Y/sEY/CxV8uD/8XQ9Pd/yzP4EH48j8RLs/HLGxkOoOsj+J1jM34pvvP9FjMZipTsU/s3CstHDL1z9OkWLAYjnRP6YAxTpPlAJAvxegTsZ34j8MZ9jjOOajv1nw6TRW3QVADko7XxtVsD8aUSGeYp73vw5KO18bVbA/BQRlX5uG67/tNPZwhqvhv81ARphp5/q/tXHXqVQM8b+1cdepVAzxv78XoE7Gd+I/99q+FfgW8z+O2Ikhqh3Cv1nw6TRW3QVA71KQhW1Zt7/VCNdnNn7vvyaoTTcQcgDAzPRqFpFNA8CuENJAXr/5v53gE5xg+9a/molEDLI04b+ruQKxr/jzP3FQhperBdE/zPRqFpFNA8ApDhtpWBXhP1AGIJAw1PY/rhDSQF6/+b9xUIaXqwXRP1Rd7x/fmvy/vOnAVa281j/vUpCFbVm3vweD+xOvc9w/nnB7KaNZX7/mLYrr85YMwFn33xktZeq/CGMirNgx/b+/dmDGo2Xwv9C5J32my+g/CGMirNgx/b/SjSVBNv8AwPgfW/XVy9S/MZGsof1k3j9bL4mcNzL1v2/iolhPMrM/l6yBj/nLAcBakzRbsssHQLyiYgIUMgjAvtoLhR7/AkBItBhjKv/xvww3IHBoZQVA4ZhDdS6YDsD1rwjwwDHvP+RsQTm+y/a/9a8I8MAx7z+DVv+zQHLVv1gHvG5XCtS/+nkJfc2n1L9NKlAFO8zVv9AqxjfkP9O/qMnC9F+D07+LRSsb+ATSvyLbDMBRZNS/0CrGN+Q/0789cWSXVDfUvyXJTMK2D9a/pduC8vrX0b8IRbXoTpHUv2jAp9w9n9W/ItsMwFFk1L8IRbXoTpHUv3h5k0okNNe/g1b/s0By1b/j0fGnL4DWv7iCrmJGGNW/urfKy5DXtz+/MvkLuqC3P6lQ4orC6bg/olqFCnBXuT/fhZtNLbO1PxyxsZDqDrI/0JnhTIiOtj/UFBCNsVe2P8YoVowMM7c/hYIRCSYOuz93llcIgem7P2G0QIeJMr0/nt9WykaOuT+NeG6JeKC6P/xdD093/LM/DsX3j0Xqsj8xk8gR4sWwP5RuywnLMro/ehGGSKqyuz9L0ikGknu+P0H9xDMQ/hDA5yFAgZCW/j/fw+MBgTMDwI7YiSGqHcK//U6lTvbdE8AFBGVfm4brvxkQSMa7vADA99q+FfgW8z/0yDMb5kL5v+009nCGq+G/4Uwp/4kdAEBB2Q4h3/n1v9FjMZipTsU/uPOJWaLP7r9FLHPzl68GQNFS0ZJ7u/Q/krMI/Id8BsCmuFgV7Yv8vw+qLQQN8vw/g0L2jIIE+D8Hg/sTr3PcP2t3RGygXrY/UAYgkDDU9j+aiUQMsjThvxr0cgbbp+k/BW3l0S4d8T+/QJDlW4PsP6cDfo+fCP6/oqGj3rCWAsCaiUQMsjThv5qJRAyyNOG/UkfZ3V5E0b9C7Hcts2b/PykOG2lYFeE/v0CQ5VuD7D/PWjhI2fDjP89aOEjZ8OM/+qkM/192/7+ecHspo1lfv1tqQ9GdUfi/lNiDy2mYmb+qw0YKjGXiP9KNJUE2/wDAqO9IRvwxCkAOb8nycjIAwA5vyfJyMgDAHRY8aPAx27/4H1v11cvUv25GThfKywXA5qTqu8iY0T+6zmQ+hP6/v9Lx0P+wmPO/bkZOF8rLBcBtqvnVRGX4vwhjIqzYMf2/9a8I8MAx7z9ERMZdFWX8P5TYg8tpmJm/M2WqZY2YBsCU2IPLaZiZv9zEgHxzpzVAxU1azscB1b/AcdrJ/arRv7iCrmJGGNW/fXp/r3Yb0r+oycL0X4PTvwhFtehOkdS/c50TRlrd07+d7FaLQ0XVv/iLyXpo/NK/q7cC98Qu1b/6eQl9zafUv6u3AvfELtW/fXp/r3Yb0r9YB7xuVwrUv+DjsaXK1NS/u3DuZKvD1r/QKsY35D/Tv8VNWs7HAdW/wHHayf2q0b8qnWuRjzOxP5RuywnLMro/xihWjAwztz/fhZtNLbO1P5DznMmhabo/bSXMRwWOvD8fLODQE9ixP9iPPs3aILY/cKD6hy5XvD/GKFaMDDO3P5fp+Un0+7k/DYzPQai9wD/Yjz7N2iC2P3MbKchXILw/rcsQy+uyuD+0wW1LPkW4P7q3ysuQ17c/ptWzSpkguT+iWoUKcFe5P20lzEcFjrw/vxegTsZ34j/tNPZwhqvhv+FMKf+JHQBAusQ7fA3CAUDtNPZwhqvhvwUEZV+bhuu/0WMxmKlOxT+zcKy0cMvXP9bmDj3bUuw/d4qi7f7E3L+muFgV7Yv8v78XoE7Gd+I/GFD2qH5d3j9Z8Ok0Vt0FQFy6CAoGqfk/7TT2cIar4b+muFgV7Yv8v0Usc/OXrwZAqcrjD/9f9j8GTNGE/Y4BwHFQhperBdE/ZY2txNxe7z9J+cvecR37P1AGIJAw1PY/vOnAVa281j9YE3RB74ryP2WNrcTcXu8/JqhNNxByAMD2Uj1vsa/5P7zpwFWtvNY/neATnGD71r8R0QgTnJryv7cdJvIcdvW/WBN0Qe+K8j++Knqj2yzxv9UI12c2fu+//l+RIHBm9T9znEoGGiEBQKcDfo+fCP6/6XlOWmKy3L80Af+mEv/jv/gfW/XVy9S/Rnxv4B8y579GfG/gHzLnv7rOZD6E/r+/C5vLLuP+1z/i0Oz3OGUJQISVvBRnMvE/C5vLLuP+1z/4H1v11cvUv/gfW/XVy9S/gV0Tklxlxj+BXROSXGXGP5YQLU50ZfQ/0vHQ/7CY87+9PrdDmZjlPyGGjm0FzOC/qYudh4GY9z8M03Sx7cvyP/gfW/XVy9S/0hgGOknr1L+AaL+x28bTv+DjsaXK1NS/3fVxo2Up07/6eQl9zafUv40zax1dsNO/YuQn2HNI0r9znRNGWt3Tv40zax1dsNO//WdJfzJT1r+AaL+x28bTv931caNlKdO/+nkJfc2n1L8i2wzAUWTUvyLbDMBRZNS/3MSAfHOnNUDFTVrOxwHVv9IYBjpJ69S/+nkJfc2n1L9LPBAD1iDUv9+Fm00ts7U/kPOcyaFpuj+BB+PI/ES7P+IAyo1WfLU/urfKy5DXtz+e31bKRo65P0XczIU/6b4/jXhuiXiguj+iWoUKcFe5P4EH48j8RLs/urfKy5DXtz8xk8gR4sWwP+1xVU7S17Q/tzyci2cOuD+6t8rLkNe3P9iPPs3aILY/xihWjAwztz+m1bNKmSC5P3oRhkiqsrs/hYIRCSYOuz9Eoy32jsUJwFnw6TRW3QVAs3CstHDL1z93iqLt/sTcv7jziVmiz+6/gDBrknAw/r/hTCn/iR0AQNbmDj3bUuw/DGfY4zjmo7/Sk6pqIp0LQIAwa5JwMP6/junpJtiw8r9TFEBllD3ov+009nCGq+G/GRBIxru8AMCDQvaMggT4PwZM0YT9jgHAV5cdCsZBz78eY6yYdHLxP4B417fSOARAz1o4SNnw4z9UXe8f35r8v5yfWk4yi/w/SkmDzjlqAECecHspo1lfv+9SkIVtWbe/cVCGl6sF0T+aiUQMsjThv/qpDP9fdv+/v0CQ5VuD7D+86cBVrbzWPwVt5dEuHfE/nJ9aTjKL/D+jrK7/8EH4P6u5ArGv+PM/a3dEbKBetj8FbeXRLh3xP5qJRAyyNOG/9lI9b7Gv+T8FbeXRLh3xP7sGDsGOy/o/Dm/J8nIyAMAfTuXq+v71PwhjIqzYMf2/b+KiWE8ysz/OgX76m/79PzQB/6YS/+O/5QiWekMyBMCqw0YKjGXiP+I0mLaz/us/plP0BHfLzL/OgX76m/79P1n33xktZeq/plP0BHfLzL8fTuXq+v71P38lag9SmPu/MZGsof1k3j/1rwjwwDHvP7sGDsGOy/o/HRY8aPAx27/SGAY6SevUv3Cv00P1MdK/Lbh4KW6i0r9LPBAD1iDUv40zax1dsNO/SE7QAHF10r9znRNGWt3Tv/1nSX8yU9a/g1b/s0By1b/FTVrOxwHVvyLbDMBRZNS/7a5dEUy+1L+DVv+zQHLVv8Bx2sn9qtG/tpRuYOFs07+DVv+zQHLVv8VNWs7HAdW/ZdJn2tjz07+oycL0X4PTv2jAp9w9n9W/5nv4zX9FtT8ydeREcfu/P7TBbUs+Rbg/olqFCnBXuT+6t8rLkNe3P5RuywnLMro/vzL5C7qgtz+X6flJ9Pu5P5DznMmhabo/sEY/CxV8uD9zGynIVyC8PwbPmg/zV7M/ptWzSpkguT8fLODQE9ixP5RuywnLMro/2I8+zdogtj/Yjz7N2iC2P63LEMvrsrg/bSXMRwWOvD+UbssJyzK6P1y6CAoGqfk/I/fpQtQJ6T/fw+MBgTMDwFeXHQrGQc+/krMI/Id8BsBXlx0KxkHPv9/D4wGBMwPAqcrjD/9f9j9B2Q4h3/n1vyP36ULUCek/vxegTsZ34j+muFgV7Yv8v4NC9oyCBPg/d4qi7f7E3L/NQEaYaef6vwxn2OM45qO/0VLRknu79D8Rq1j58DLWvxpRIZ5inve/oCQba4305L9C7Hcts2b/PwVt5dEuHfE/z1o4SNnw4z+3HSbyHHb1v2t3RGygXrY/o6yu//BB+D9QBiCQMNT2P2WNrcTcXu8/vOnAVa281j9SR9ndXkTRv/qpDP9fdv+/GvRyBtun6T8JxLRh3eP2v5qJRAyyNOG/Geln5Zr8A0BxUIaXqwXRP8z0ahaRTQPAi2+cqTTH6b/vRem98vj9P0DWYesyEOS/9a8I8MAx7z/257Fyy/75v+GYQ3UumA7ARETGXRVl/D9ItBhjKv/xvzLJVSQIMvk/Wy+JnDcy9b+/dmDGo2Xwv9C5J32my+g/lNiDy2mYmb/OgX76m/79P+RsQTm+y/a/lNiDy2mYmb/1rwjwwDHvP1e/NpcimP8/MslVJAgy+T9Z998ZLWXqv2/iolhPMrM/MZGsof1k3j+XrIGP+csBwHOdE0Za3dO/fXp/r3Yb0r86gySV74vSvziV5JKK4NC/VRl8bPJe0r8SIiFSa8/Sv0hO0ABxddK/c50TRlrd07+oycL0X4PTv+DjsaXK1NS/SE7QAHF10r/j0fGnL4DWv3WLU0i/iNW/fXp/r3Yb0r8lyUzCtg/Wv5v+FonemdO/fXp/r3Yb0r9YB7xuVwrUv2XSZ9rY89O/xU1azscB1b/cCm0NBOq1P6bVs0qZILk//9g9j6DFsz/fhZtNLbO1P4b0YaVgZ68/l+n5SfT7uT/8XQ9Pd/yzP80eswxfxbY/9WeyziRqtD96EYZIqrK7P5DznMmhabo/kPOcyaFpuj9+jLSI03u7P9iPPs3aILY/tzyci2cOuD/Jo4TMNfy2P80eswxfxbY/ptWzSpkguT+UbssJyzK6P+Z7+M1/RbU/gHjXt9I4BECAMGuScDD+v+009nCGq+G/D6otBA3y/D/tNPZwhqvhv5M8TvmQZgNA0AplbRmzDsC6xDt8DcIBQAZM0YT9jgHA5yFAgZCW/j+TPE75kGYDQLNwrLRwy9c/TpFiwGI50T+Eg89kKeYOQCP36ULUCek/zUBGmGnn+r/32r4V+BbzP9bmDj3bUuw/7TT2cIar4b9xB8VIzcDlPxr0cgbbp+k/vip6o9ss8b9MbpeyU53GPw5cPT+6Gse/a3dEbKBetj+O1WnbfGoKQExul7JTncY/Dlw9P7oax79UXe8f35r8v2R3l4JcCPS/TG6XslOdxj+86cBVrbzWPykOG2lYFeE/CcS0Yd3j9r8xvLmItaLsv4tvnKk0x+m/GvRyBtun6T8OXD0/uhrHv+Uif8qz6+a/WBN0Qe+K8j8=", "shape": [7, 5, 20]}, "rtol": 0.001, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"weight": [-1.542644739151001, 2.6069352626800537, -1.1275534629821777, -1.6375198364257812, 1.2863527536392212]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float16", "eps": 1e-05, "momentum": 1.0, "num_features": 5, "track_running_stats": false}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [false, true, false]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn+graph", "mode": "graph", "plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {"gamma_init": [-1.542644739151001, 2.6069352626800537, -1.1275534629821777, -1.6375198364257812, 1.2863527536392212], "moving_var_init": [64.88175201416016, 3.619906187057495, 0.13080373406410217, 2.8778796195983887, 3.087625741958618]}, "kwargs": {"affine": true, "data_format": "NCHW", "dtype": "float16", "eps": 1e-05, "momentum": 0.0, "num_features": 5, "use_batch_statistics": true}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false, true, false]}}], "step": 0, "summary": "BatchNorm1d(5, eps=1e-05, momentum=1.0, affine=True, track_running_stats=False, dtype=float16) on (7, 5, 20) float16, eval, train, eval (grad; initial values via constructor; MindSpore-only initial running_var; data_format=\u0027NCHW\u0027)", "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
