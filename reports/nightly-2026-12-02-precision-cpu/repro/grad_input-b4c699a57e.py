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

PAYLOAD = json.loads(r'''{"atol": [0.00039889792391099865, 0.0004299642100126109], "case": {"affine": true, "bias": [1.3959288597106934, -4.432462215423584], "dtype": "float32", "eps": 1e-05, "grad": true, "grad_seed": 45, "mindspore": {"init_via": "checkpoint"}, "momentum": 0.1, "num_features": null, "omit": [], "param_dtype": null, "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [594, 2, 1], "steps": [{"input": {"offset": 1000.0, "outliers": 1, "scale": 0.01, "seed": 13512, "specials": [[500, "-inf"]]}, "mode": "eval"}, {"input": {"constant_channels": [0, 1], "layout": "transposed", "offset": -100000.0, "scale": 0.01, "seed": 14348}, "mode": "train"}, {"input": {"constant_channels": [1], "offset": 1000000.0, "scale": 0.001, "seed": 6497}, "mode": "eval"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_input-b4c699a57e", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "cTS6pq6Z4z988Q+/Twv2P8ROjsbbB6M/f7ImpVg+0b93QqmGDWzjv10x2Otv4t4/zGbqp7RcqT+DtsYMrXXVv36rFZpWrQLAdteQ981Q5b8f3gbSD4r4vyWw9kkrJ+k/2zuG9zF2vL9D3Hqi4E33vyEqUA0yc+8/P0nosuKD5j8yZBEtOgIEQDlQDRPiqcY/e9OjybesfD/qS4J1LGH8v9Vjvb5ug+c/T8UAAvTm6j/i7bUZ2XjjvxVMMx6yB/i/Q/tyFxlg6b/8oS97hSoBwF1jHdt/eN2/k7Jlm8Hs279ayFJp8GL5P3V2oxwKYQLAlISjXMB//r+ITdEUDnC3v4S2YQScfOG/vKAYnKVZ178B1+g0bAvWv5jfzrtkYem/XcDfjj8Q/7/OvcYPEe79P8uNT3krcto/4KRB4zS//78DBDSJmBvkv7nLqocwfwJA6dzCtFYq4b9UZbe9NoEDQJTxeC4Mbfy/roTSlEO57r8RvexgDkfeP1GbexVGcPa/D/xuEfQv1b9mBWk71Y34v/gSYGvnvOg/o79ohyfS8L/QmDjCunf5P8uPbsi8t/2/JbtJBA0fq7+Xzoh5bAL8v/JdXR9oMc6/Yx6GS17i97/ffUw41d/sP1QFyo0yzt+/YmJsuXHz9z9jntvBcRq7v98WdQymltS/j5qNo6FL5T9y9ivJwujiP1Fs6qW4nP8/9/bN9fuC/L9RFWX1PAPzv+djPpTlVfw/hpgWUazDzT+lXKHd1BLfv+01AVTO8so/GZ9eS6OW8T/kbsIjbLLxP2T+rqSsd82/gbm3RU8q/j8RoU4HqH/0P0kQ9y6GPu0/mW5mOB1Z+7++kI3+6dfxPyOF54Ewr7u/YVQMW3fN9z+PCiR0diPvv5SLeIyBgOi/QS474QfE8D/LdBCMbt3+v06wVWG+B+a/TsfdfSyR6L9erIzrNQD4v8JQWA5JRuE/N2K5r+thwr+VC88Xxg7ovxRh7r/U2Pu/eSLddwf66L/43dIF+jXPP4UgxaNj/tK/Ps9ALJ/Q2b/98JN0UgTxvwh3AGKofus/Eeoso+mi9r+8XszBQAHjv/prUjrmi7O/qnZ5T0d98L/QqL8XG98AQNpPN+W/I/O/QJQwLhTa8b8Pdo2IalgAQGKEAJd6p82/yqOWY1C45T8qic/3/AnbP7FaHN+lZqu/eTxDVvkE3z97WuEpspXzv5klMj0zEeI/sicgGcMHvD/u9rGi7xrgP8OrquoAoMg/FouCmPKg8b8R9j27jIDsP8DsDI1QdJM/Ivf/zgEf7b+CR9pE6Dj/v66TxLmyo/E/JxegcVjb8T/OQGuD8DPvP9aEEfkEBug/lDr8yhF+6D/ejfQSMbTvv+YuYU3C+ca/NdVI29yl7j9Fwquea+V7P24s6P5XINy/FxDNxgKqAMC3A09LTxXvPwBoILeQgto/GJQU/wrr9r+0w5vvZx+6vwAR40srSwpAVqodNWDr378AnwHAYcLIPzswB1P9U+A/m44pR8qxz7/DBTBG6YP5v38OFUWluvQ/KEB2I1P85D94OT2/KTjuP7fxMX+yWd2/pZs9z87I0r/0PaHasHLhv/dqpSnhLOy/2nCC6KqY/b+qLEc1h5nev0T+VXkwz8s/p2L/qBv70z+krdq2uiP9v4+u5WyZjdW/XLlf+LHj+D/+AZYzNdflP+yO0UWZgYm/2oAWN7fj3r/BJRRsoRaoP7OK64Tw99i/qkYf6kzL5b/URO3bej/OP++OJ2Lu3vo/MgR2FINZyb/ai3cLK57bP+yXQP1Tsto/sTtOJhTPqj9+5BL2LK3jPwAptikSQ8y/VQ5Nmp5J8T9CyEwb6sryvx13JvWPd/S/nWC2qeQNBcAQqEJbZALAv+tpqueuM+0/cvoO4k4d2b9RRu5t5uKxP83Fck/Rj6Y/57RxdbNb2b/DYHubssC9vyFebme9144/ddmvzLnaAsBa8qSlU876v4Ht/fqAHrU/Iw1skuYq9b+yC9M7HrDkP2r5E13JXNQ/t6uyntZu8j8wnO7bwiu5v5FZxM7e0d2/8PJrXPiT5b9rTrCtkb7Vv1ULKrp5oe6/wRLFCm9jtz8H6gCSQxABwPmzNYj04sA/FTny1hEX4r9XAKvWO7vsv58/fyaUmee/pDjO/WiFwr+3nozrNm+2v0l/uCVzqvU/zy/KhMM/4L/Cxp74T0/avzahGga/k+o//GJeNTkB7L+pV/3koC7aP2BdxHguPwbARJmA2Zc0/7/esUPSRU/rv1qFnKkXGgTApsYnslTy7r8pZ2JgaY/Qv367mJvMFtA/m++5wVGkwj+BNk4e2mL/P57Jh47sU/i/gWHfseBq+D/yucMHRpv5v+tuva51MM4/Y1ZIYU4hzj8mV6uZnWnMv417bETsl/k/B6GgKvZcA8Bbx23FuUP6vzZuAp7HfNQ/d0mBLACusz91hL7ivaTtPy5b7K2l6/c/DdzSwmHM4T+5KEN/SZzSv3AwcFuvv3A/FqNxnkiV5D8bYvvpTvPdv9e2TGWa+cK/kif1uqq1+D9iComNVzuyP35wHJ5MgeK/Tj5zOmnk3T8gPr6M2+rpv6OsCsC5bOC/DjjLX86mvr9Al6E/smb9P1raTZtgW9O/UdqaEmbC/j/m+SF0v+XjvxjahP/fwvM/me/Jwj6W0T/fnIcb8ie7P9u0sGQ2zdi/2OLJnWv58793CgtsStvuvwnfBVW3YMo/yBEO8UjT8D/HqSOLHVPcP4D+ZEjPLvg/66D4Ggsk2b+Z1/LTmsLCP+EdmzLOwua/xRc6IcJQ8D9mDTy1VeD3v2Y+Qk3C2a4/aIrPC/pO/r8jZrA1K4fkP3cuZl6WCdE/a2DwrubX9T/9kKj0CkLwv2wc2GKylNo/7I4jXeaL4j8kbYnwTh/xP3kIb3ebN9k/umqW4JwR6r/Kf/c8qwOkP3pqI+fLGtY/q+nX9E9i0r+5ZTgP0mvtv21VP+2Hv/g/MxHYKL4t9L/v8qKXpTbLvxYHn81vvui/OTvnLY9X6b/4ApXhLc+hv7UAgiVEIPE/ZJUFG0vBsT9I7eitb2/9P3Sokc7eut4/z+vYfgQ24D+uh/5cV2n+v9uTK2Gwbuk/jqEXyV6jw78UrQNCMOnnvxedMZ94Ec+/g7at4Mn+9L8mhhJNhMIBwPCuvCmSJds/yNKDKp679D8mtKBAr4nlv1d6S1zrlQBAf3gDHsIYub/gu49OxGTmv3CFlkpBY94/8CNX4Sbn1z/uk2vypLfqv/ZYDjoN3aK/h2izfWjF67/s+I5VxgPfP1fRZPcM1cu/YMjtlzFe5T+lPHIzcxvfP20atheVyca/Nout9grz9L/Yuenim/Hiv3TtTXrHk/U/YC5p+H5557+yXBetr7nSPwuKgqp3Me+/yb9ils9e4r/d0PxvsUvoP/4UTMfaL9O/IbAsfFz85j/tMYNDU7f4P+Y4YaoLELq/1XfozzPF9T+TP41MJy/4P5v/Qniy9vM/szOR3Opt+z8Cx6lz3gvkP2ZCxG768N0/CdNkYyu50j9F8JkGo5vAP0YwFqGoT96/+W7/uNR14j+kyDFsGuHov/WO3rie1ue/bezBgM1u+D/V1wugWYDoP3DGTfS0Pt4/nV0l2b9k8b/oz0d0ON/VP7qcvpIMVfs/vHK76w8q+D+hcBo4fUpfvybxU4M5AgVATyCe9GRysr/nC+CpCG/YP5b65pn3CABALnSUtDBVhD9HYXJhHy/rP3vj2nRa2ADAmxJTfL1Pxb/mW1b/PmiZv0eulr39lO0/VwVuNnKe978Opi92qI7kP0ryz0vafe6/1yAuv7Av8z/wFGPhEVblv9LYQLfVQdI/iKFddiIm5r8uPnGDxrbvP95T4moamME/U1x/QSnz5z+7F4OHCtzOPxOvMcCER/I/f059oj2Qwj/7fbJ0Z33xP+5njCf0/7u/kqeFfShs3r+vkmBG/Hn3P+RLyKhKKOm/8OC4vloDwT+IcyD/uM7EP2JeLGuSd86/t+rmPHegCEDA3NIoT+Xbv13dA0VFytM/2PV/MRFS4b/1UMABylv1PzFjIGKB2PK/vY3hUSXH+j/lUoZQMBrRv7q8q2kVseW/E7XUkU6P7r8dMnzum/j6v21h8oMIwe2/YyLULXXc8b8lsCw5CTXBPy2u/Aqsm/K/J2UyPg3J1z+mnL75ygDQPzOaqdWSvsw/5PUxmSUM9T91O2MnuWfTP0NgRKb0Hsm/cMdU+3ni8z+4t1CU1pDpP/zvIN6NSuS//WQShKFC2j8gvrRsm/DPv4XV7Mjumdu/Tmpz2dEO8b+3dwPQ1qXqP6625kC+t+g/STAZ4DtS87/QeIz4lWbxvzdlFJEy/f2/FzTfifDV9j9OB4ZNHRfiP0jNl2nhtKW/WojdEqyp8T8/18a0wErZvyJMhwSk5do/vBazhFScvT9hi3gXQ6XOPypXv1w/590/AFS+8Hji8L+m7u10m2ffv1ZYc/vMVfK/S4WrJy/N9r9905RjVlXkvzLg9RHZJvk/EUZm05QM8D/UIGrdRIeNv/YYSkKtWvi/niUXmOWd7j+SN7dcdZviv6Yd0kdF2uw/c+tzgHWzAsCaEe55MBT5v047AY4/vdu/cT3HUeRW4T/q7Y+ZjEX6vwbOtVjMxeA/mLZXGmMu6b8igEBWHlH2P6AU9eLdb8C/Mxo0JlOu6z8Y3ailebvpvz/7MZxE4vW/vWFroELkzD9xPYvwSIKyv8i/fgFsffC/PVCUcsye7D+60wW5H+TZP4g/DyQ0ksm/pY3XeLyX0T8uU6ObUJzzPx9ttwAGPfU/5cBS5Uw88T+2mc+DGJf8v/y+Ml3TcfE/zMkXpsEE9L/++M5sFZHaPyVL0Kd22O8/yCr4yizY4j88onCWNe/5vzo4ZQbTguI/JlHuAGUQ6b83vbOI8y70P9MyE37Cucg/8/gR5/qZvD/hr3mK2BDdv/Fkuyd+I9E/dSrJ5hjP6D+XEnD8sGnoP/KKB9Nv2vC/6K2a5PFvBcAPP5chRlvxP0gGMh6npuw/ZFJUuP7o9j+/mx8W8ynzv1gD1KLD5bs/2l5wtLnV+z8e4QVoS37gP0+/mt2UCKs//i5337wA8T8yFnq0PJ7av+XMwpNDTPS/lzSevHfO3b+ZXUFEgij4P4xWtQwZgOu/v9E//BQ9vr8j054zWuviv22/nF2/nOA/Yk36fUtjAcAROW7tWGPSP3nGHgYfv92/rEa+bJ5p9L/MUQ9TwPfhvxx3bF8AM/G/+a8b5f4F7L9KVqOQ9ur4v9QOATV6Sei/QEQj8qu18b/+FRxENivKP8I2fV33jtk/IgyKcJbV8L/XJDImmpLzv6YIlEtAZ+s/il9Ke3LY5T9fl7uTYfnpv6OoRJURhb4/yPpJ7eQw9b8c92nGrlXqvw+eGQjpwd6/sWBcWBum9j8N3URE9S8CQLdzs4y/wOa/h4pxnXI47b+NObRULeXzPzXv78ay++Y/GTBYyP4rAMCovaaYrOSkvxhdVqWXxPw/ErRVFw9I9D+kAF9LleUCwHivQnFjQOg/XbO4j9B7BUBGS7HZHZnyP+Buoi2Todm/3uYZknqO3T+5mf7fUv/sP2WM2LCO5+s/pQwXCAQZ0T/h+4SJuX71P1HgPTPsD/Q/R8u52He0y7+0F5nP8YPgP5bm7FEio/C/LnvH37nt5L9FitRtVQvSP7hS9rIAJfu/dTBzjo054T8GUlA3Hsjqv7C2VPofetg/GvFXJlL18b+WTzzxeJ3iv5mvuTHes+A/2AbW7pte47+FAyC93U7pv1Ch5zG9WQdA055FBYtn579RdEZyM5z9P0w9USwbI/g/5K7ZfujT8j8HcQdo1FD5P0Jo9tEXQ86/LYpudMrq4b/M1h0gNSziP35/vCUUHQJARIfZbjE38T+lelyrJnncv5yByvd8JOS/ya76M1D4wj9aeqfq/bnov/YmGse+tuY/mO5FnLbYk7+/ag5ggPPhv5Y4JHXHBeQ/y13B1A+j2j8lrpB7+M/sv6SKvEBs69K/XzsgVzEc7b+x4ZuYUy/iv93tKPl0t+2/fcrls+gv7T+bFHPgf+v0v5fGIz+otuY/wuyj7Sdb6L/SC/gneTvRv+JkXOB+i88/dJCS01Bd8T/dZyBto8jKvzouKK1i/cm/15cNccDV1z8D72AHYmjNv7xe+o6kV+E/VT8f8+klA8CJWgJgWWjzv0Q/lnWeV+o/2z4j+42y9j+pxG2u2yK0v5JiBG1mFwPAbw9LOkwo3L+H4tepydb6P8XG3P3yi6e/zqsI2sdk6T+ZQFQY5hbiP3Cvu85xzp2/Ix4gSznPrb/dAl1y/4fbv7QjqqRnP/m/hfrBD4zdvj/M/7DppVvjvxxtZfVtu/A/2x1DcnH9tr9ah4e5h0LyvxSCMFV2Ae+/sG51QylD4j9X/6V/Mwi6v5qzCkf5zPM/JjRVTRb05T/B/mSlV66nv+pfY5EeUNs/vWSDYmFPxT+9sCgB00vwP1BQh5i8U/i/Or3s4U31zT/Q2n0VMbP6P92KNfsC+fe/Xi3IGrGt5j8oX8oyU7vTv79Pnn49v/U/d6uFiRvv0D+cYgrTIgvEvzWLcIA+yNm/YTc3Ro3c5T+SkNjKAZrzP4cnY4zC0+I/HNI45Ullqj/eDrczpiPjv8EcoR3Pxb+/TWVN3j+m8L+6Llm2vRzyPyIU1vgcZvu/dMl/6zLuzj+2cmMrs2QIQGHcJ1JfdMC/ZJvayjU72b/KdL2urILyP4/aEI4dg90/44pxk/DB5r+5Vj2Izr3Xv1fIrF+wp/c/MyGkTQO24T8yEd81B4/RP7bCYk2Jxr0/49qsnLw8tT+4zx9hAK3OP/UD6Pu+M+y/vgPV2A8x/T9uiVtguPTzPyLTi3k0O+m/JNG3NKeeAUAUaw5WSsfcPzZ4lmsRffA/b93LEwNq57/ZKB3bRTrZP3Hfdd/wCMI/E8oi0kdxsz9US4uQI1r5P1fdW9oqydC/prGBNw1F8z/cAfhvckzvv3xKNT6Z5eM/uYF5CPw11z+LYl6meSPHPxO7iVfJNrG/gWjM+FOM1r87u2ybaJKjP4W42fFo6eC/lbXyI4t74T/29pSQ7DPuv4/uoUJ/WOY/dUtyNIjhwr/zLr3P00rpv7hSLgPfHd2/AHvPw0e+hD+QUg39owLiv/MBlj82qts/28R5je/P9b+i79kx0HDgv3bPhS1vBdQ/oXQjjtxF4L9WJy/MrVLvP/XhR+t+7N+/vdj0eASq1L+4v7NtmvHkP6wwB+K8MfU/1MBqVwiA5T/rNms5QuPbvz1IKhIaIe4/fxHzBik8CEAXQPChk7Psv2nSsHKtdte/Ali4To1e4z+vEHqqg9W/P2iwg/61pt8/JnYYW9vjxT9B7/CMtVzgvy1T73d+Huc/vlTiDvSX9b9V+ktFgIL0P9BQUv563+W/navgTOp2vD9p/yT0qe/kv7Ms/xoOo/0/uS9F4eJY1D89U2SgGKLfv9YKV4H9Y8A/nEMNOPzG2L9VdiUMGWrfv5V3Z0IrUNG/oUOILRHq5r9xzV+aQmrjP54JgMVt8/c/7/3BmMBV4j/TfvCvP9HSv975mtHNc+k/qsxOvJPzwz9c38oKzD7nP76f1fymouG/s1uiL5DQ4b9HXodjwqfwv0Oj+3r+veo/Kt6qpezF2z/5aC1/Gz3xPwhvB7fjSO2/aCGR/GZY3b/fE3MAOWHWP/d+2FwgJgRAOEuWFTSN+T+BAdwa54fTv8XSpDX0bPo/5COnYG1c6L9CeWZWEWH3P0LDqN+uaek/I/MgQdiB2b8i4HXLOGbmP1ZD4QAgqfO/qyoU4AAP9D+INsS2YhXjP0BGQaaxYO6/GYxz3VCG+L8prQTwopPvvwkMdGT2EuG/JipFrNhuzz+Yrc1PalfjP/UCixusr/k/h6r7zGqG/b/IAoJvdnzov4qGydAq3QBAkWtPYJLY4780xwZVDm3yvyXhPe97awJAFH5i3Wqs9j88vq1+ot0GwNEW+7FoWF4/Dy4jjI9h2z/FpPcdziPVv+bFYrCHs/E/2iExqQNv97+1dx5pb5D5vxT2dDlBoPa/F7jOOO5F3b+N5eEOA7jyv8YV29l9Fuc/koYpLacVwL/VWuXt5X31v/OWBKLwUPI/RYVyBXNF3r8BUym00tznv60LfvHyK9u/Ox/MqLDt8j/gFrxIGobwv4DiigdzTvU/B6uEX9B21b+N7fZb3KXXv5P/C8Or4uk/GR0LC/qF5r/4BSrDD1Syv4fBRSc9UPc/E8XcFy/s6j87cofy3Q30v++acWX7T9k/EEAB+wTD3b/qtJZOcyHGv2NLiZESz8q/C7X9h8wDnr8eBshuaM3vvxHeNp6Ea/U/Sx4LsVLi+b8u/8up3fj+P4zeY9l1dua/zjTgRxbCAcCIhhTbVCvlv2l0zCpF2fU/f+M+4rmR1T/tV91LBFPwvwTQt63q2vO/bLxglOSfur+31Fb4CqLUP3g3yvdK/fe/wfDRlhJ99L+Z1T8UCZP2P/wThxnJa80/2bMEaWLE7T/ZsM+4XwwBwIfcMMdCs+G/jyeSYnxS8D/1b80Xg02VP1j6KZ+eNug/9/EDD9eC3j/K6jhzYEPnv4E13kwD8ME/JJvqbnQI8L+kOBDRwSD4P++nPvQE5O6/hP2P3Nf157/geq7oqQ7lP+nyqW2co/i/rl1gyiDA8z9YjoBq0DXYP3gb2gA95/o/6q7AA/0MiL8owB8StCnrP/KXUtmaAOi/ScJ6GIOG8b9jZD8s1bbnv1gZGJFcptY/uPwHGtE35z8pSUPW1cTcPyRu+3HiggFAyV76du779j8pWa4Dxy/zP2Xs/BtAPeW/j5ymgHXK8b8/SZhLUmrQv2cyRO9ErMK/Q5ypK3qjyL9beokeYbDgP4ULBdxS+/U/lp87E0//57/NLGq0LLGMP5GkYV3pt/K/+5TT2Acd3T/PCMq7XSPzv/lH8MCrQP4/o2S1ITIz/L991Q9Nr0fEv+QLRCNDVtq/0FGquJ8x7785F9/tG872v5qKwF0qmrU/PRKrlaTbxb/sjBf/GDX6P5Vvky0fY+u/FYT5RF8i679+2rb+G+rjP+JyV7zC/PW/TtXzbK6o4z+Yia9ZRZi2v1CME6fkM/A/xjEmViKD1D95HmZ01R/kP6S+7qDslMk/xd+nOTZT8j9hWj2lKfT7P1Kfg43srsM/GjkTk194/b+KB5SBMNz3v33LTbIB8ek/m3MtnVuP3r8syoXPRgzDP0TnQqnHreC/Q+Zi6HdD5r8CNbVlIojzP7pv6Rm8vua/FqXMTnWv1j+XDz7C3/Lhv1ZY5+9zRfC/hdC5yPvEzL+xHFax27zovzYOU38bj6K/1/im0zbQ5z94KvzNtc77P9C+YGbwnNs/f2+X3Dgp7j+E2ZeRnNX/vx7xdWxuFec/VL+GUR/a4L9giG0j52fjv/3T6nwPeeq/3DI5owXK8b9yjaM+Alvov/riR6KnZ8K/SK87MuOA9b9g+1Lxh03rP4nmTMaggTu/LO7n+cRR/z/3ZVecCvbiPwAvpaBrzvq/P14VpX430b+c4bTcOEz+v7P1LVYx0uI/CzvMYr8OBUAxCi8iWRv6P9Ny852ROPS/bAi02Ntv3z9TMeuxlmXuv1Z2MlSBU+K/so82IvAxxj+R25MlqYnAv4kzykYVU+Q/pLO0Eu4T+L9l/wKd0PPivw0Y8U6ggwJAqxQXcQlg8r93iwnuWh/Rv3mCQqHglPs/YsO7JhWb6L+tw6nSp+20PyADWOygUva/iJknVZHF3L+HmRI6ayrpP9bEimAGm9y/EIouaXww7L+clpVXOSCxv3Jienj6kuK/YfM4wceq8b8wWHUelQ/hPxE7m9AhJ7Y/xMfFsuaG079o+egRTNDwv6JK25HGWsW/U4y84ygO67/d3FgYsxb0P4ve1nW+7eq/AvxqGO2vAkATZeslKmPzvz95KWafeuY/pRx5eO8xt79IuHT6v6POP/j/ReRhwfM/Ax0Ircrqyz9KOyksORT5P0q5RzwJ5gRArtdVjpLgvT/r3ee+MHH3v6+hWFfO5qY/7bC0PmO6B8AXxaSE/SvjvyJFH/9tlf4/HIjJo3lc9j+umN4HaL3FPxM5Uj+PIue/wtnEsgze5T/vMfwau7biv8Xzp/PIf8g/SsL3setb7z/CYrOcgcHrPzssBmJFMsY/7VTetcheqD/TTPnGv2nAv9YIT66SpMo/U3/FmHj/s7/Bhugago/Kv6K/HCXFsOu/tY7GRGQ29L8LuPkhfHLlP2+hpWVK+8y/Bzh7R0bd4j8gtgEsR3bev0ULKcmzL/E/EB12WivaxT+SIPdpztTjP8s7Ca0dO+o//z4BJfRk9D8MJHUDjNi8P3zKu32c+eU/Z21cie8V6j+F9dWOOhrZvxT5M9fJn+i/vlGQm/ZIob/Lt5tD0RblP52efezfDfQ/6GD83oEx8T+kdAL9K1Cwv+lzv2vTbdg/c0fPSk3g87+vnR8WOMy6P+E7ea99Qui/TqDEiOP9+r8dbMuS2YPeP6F99JRJDLK/zxapIHaS/z/GG5mH58XmP8HAI7nK1da/vrJKg2iw/L+f7rmEgpq0v5GlkHCY5ea/SOAlouB96z/ooa93ODHUvzhxlP3CN+q/ooyXkkLpxz/mmQeMiDLuP5QLjC88Hea/2rFZy0pMyz81J9o3Scr0PwDCOYN5UPQ/MeOLjkZG4L96+AyBVdrYv26AkSNnbeI/FM3GXJLKAEDNkCvO+X/PvxoHppdlWPC/4vrs1uE39j+xjvFYj87nv5VLQg0K3eW//EqB1Ndm1r8uD8abhtfqPyCy+sjRje2/WoB9rxmK7D+bz5EkOQ7gv5UggLAT+d2/DmGstSlJ1j/XmoC4dZfgvytN/HXC+wXADe1OK9Z3+L8svmiEbJvmv3I2uTa5wv4/xJVgBFDU7D86Cy9Hcsn9v0vdwDFqt8e/JLmFwGx04j8ppO3B8jPev3Ww/EPCjtk/lsC/AaQH+7866jMxcrLzv39vXJDOqus/tuy3hXi337/kOGuz4PbnP0woown/ebi/g2bFOhoj3T/ui1e6/B/yvwNprY5pCdS/zyFxrbc2A0DrdvlBxFfuP2s76uGG2gDA0coUmPw497/IsARou6ICQJquOdnlr9K/hZze3FSW2b9ZghA2f+HaP0l01QtOpOc/Oo/nQB3buL+4/tZ7dx/qvx5BPCk1KO6/5mybLAZx2j8tjEdZ63T4P4GmZW7rNce/jXnPwGbi4T/5NrQNvWfAP/zfEdG+0PS/m/WY9LbA/b+ye/Vaebq9v2mtzZfYtOM/cPqVCucd77/zXYmLy5zyv/jXxQUxwwXAbkVxZ0JM8T9MNGoszwSfP9CEyOEQFeW/gDPIa7v29b/n++w+Tq3/P2GlMagNVfS/aaikGmCC+D9ifoVX9S26P64InTPjJPc/OE1RceUvxT9YbEN7Rrj7P1POD8vWx7w/+brXPgkX+b+aHaEQsRXeP/6C7p9Q18G/hRPl1Nl16b88dAFBq2XdP6v9KLH+QvW/2msxX0jcA8Ax8aJDPa7+v2w3yommFOi/oJ0Z886f7z/siZ5FpqzqP8vsqdk+k+M/szzgWnnG/j9Bg6H/xPXcP/45F4v90PK/1UR/ZSD68r+LpYb5+HAAQOWZW4owbNu/LfZj/2sp+7/rmYMcKfDSv44W90/Yhea/Ju5tnzvJ5z9g55+i+bTqP/yxL9/rz+O/tViFioqw5D/n+6sGgazQvxVDKW8I0No/4TkogsvK6T85jni7Ff3ov7WLjOgYCPS/Rn+MxcTH9b+NhGjluJWwP5bhImv9osK/aXHKHtij97/SrjRfiE3jP6GHhrLWG7s/u+R8xAcf5r/PNzUxRVLcP3emrQ6/cNK/UDi0utVbxj+E7zYFzOzaP/TLOXIefsc/Ls4rtQ2T4r9XJLjC97riP8hXVpZ3G+Y/MrUEnK9XBcBitkkdol3zP5lt/jkEmO4/tzcv4z66tb9b9GaI842ZvwWNVWZfhwFAZ9KBFnMO178ZBOhFrO37v3DxnLRiqwHAMeEnIRTazT+3nhlP7vfxv9ezHaH6w+K/E/ZJaGnPuL9Ru1ioWl3dvzuzxT6Ppe+/Hz83oRL0AcClDeD9cPfUv0kOdtNvhfa/ALiiP/4Osj+O2NiYAwvkP+uIpwgwvNK/F2uVO48AnT839yTHXX2vv0dEl9p3d/I/bW95rtJkc7994jEyv43wP2/9qlbUR9E/bMGfxw4IkD9l4LuGfBj+P1u17wHJauE/Kh9mYB19yD/GuDHY+zmwv1R67ZfBPNu/09GqXuFW7b9BPx6/HDcBwNguJQTdgOI/I16s8rpY1r9XyFHaGVH3v0+uRCAK/Pi/yYIGyB5h9r9/KCOajPTKvyRYkdhfI9K/E4w0Sdc3+T9jgBcMMazwP4aSoDcVfKO/kcNEMaHq1j9blFTCNpLtv6JYpI/pmQBAyNxKnH0+77+578reVSnZP4mbIiObGKQ/9FqEg9Lh878ijvSywLADQPP89q9Dv/W/jIxoF2zo8T8DGcn5dgnJP1fekbf1NcW/Y5PS/GJ12L9ZNpdGnnLhP3dq6gcXEOI/FjOMLFj097+KnMn4gO/lP1YmNusJVeC/vyRVfwkfAkBIw7dFxHbwPwj++lO+MeY/M2vCjLcK6b+cu5hrOroCQIM+Y3dCNPC/", "shape": [594, 2, 1]}, "right_plan": {"assigned_init": {}, "checkpoint_init": {"beta": [1.3959288597106934, -4.432462215423584]}, "constructor_init": {}, "kwargs": {"affine": true, "eps": 1e-05, "momentum": 0.9, "num_features": 2}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false, true, false]}, "rtol": 1.3e-06, "several": 4.0, "step": 2, "summary": "BatchNorm1d(2, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True) on (594, 2, 1) float32, eval, train, eval (grad; input layouts contiguous,transposed,contiguous; initial values via checkpoint)", "torch_plan": {"assigned_init": {"bias": [1.3959288597106934, -4.432462215423584]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "eps": 1e-05, "momentum": 0.1, "num_features": 2, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [false, true, false]}, "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
