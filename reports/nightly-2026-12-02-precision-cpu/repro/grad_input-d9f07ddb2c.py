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

PAYLOAD = json.loads(r'''{"atol": [388.676367279086, 306.4024095741983, 304.58060821102697, 8.687838743831529, 8.09825597261281, 860.7382092805567], "case": {"affine": false, "bias": null, "dtype": "float32", "eps": 1e-05, "grad": true, "grad_seed": 700, "mindspore": {"pass_use_batch_statistics": true, "unmapped_init": {"weight": [2.645329236984253, 2.3696906566619873, -0.9283523559570312, 0.3224145770072937, 2.4548122882843018, -0.8704730272293091]}, "use_batch_statistics": true}, "momentum": 1.0, "num_features": null, "omit": [], "param_dtype": "float32", "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [834, 6, 157], "steps": [{"input": {"constant_channels": [0, 5], "offset": -10.0, "outliers": 3, "scale": 0.1, "seed": 10822586}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_input-d9f07ddb2c", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "B1oe6pv5EMB9hnh/prYGQHi0vNC/vgvAVe6zbiiVBcASv7/JfuPkvzEwoWvggO2/t5NMcPOI/z/QfwETJaD9P5ZV+E4b6RDAnzBWyMnQEEABAjgZLG30v8Q3mzQBLwVAR3BeL2vX8T/rRpEj88IKQDxhJnEVBO6/L6N7OjakFUCIQT+lGCICQKaQB+ShEBzA9tUAK4kIxT8IcIOKfsoVQAKIQbvcOMO/LAiprPbaAMALa4bC1W0KwIUagbgtBxHAjETr2h668r8BlO/ka18VwF+4iK1CMgnAv9g1EQxhBUBsbna7FlchQNMXQVk1fBHAEJ0NyMbd0D/Njs7P8MoGQAsSHHlaEAlA7EgUyC1rD8AtUyC4Q8IGwDpGz9ootBvAIx8DiKByAEDmedv+tenQv6NNk1MFQ/u/HqAOxlit+T/Ec9rX6pLfP3dQP7b2MgzA90sALkvjEsDUEzygMcDbvwJYpGSJkglAlPfYfVtP8D8la/yHXKsOwMcIO9JVeRLAzz4+62I547/+VQJMHWAKQMjAod0cQ/o/IbbNUeUl6r+MjYP2NA0NwGAu4CzK+xPAFXsDqtmg8D9NgoQ+QIkFQNI8IAH04rm/xwJVFkayEkC5tEePswfuP2s1J7+xVyBApewCzYpe2T9k4jfhpxn3P5EB7QFC7QxAIgIKUJHF/L+Fhl1f9Q8JwC1FJVhbm++/c8EwLWT34z9mlfYB0ZX/P1uAjdgLcwPALzl12mvmC8BopLxJ8y0FwAXkuuyaOOe/5ZCLOfY2EUCQl3idZ4j6v5cYhExR8SBA8LBc9rRFAcAsX+2swfr1P0+lL11PMPg/GcCHK1yKB8B5XW4UmM4OwC1LhgN3HAnAcnu7GeAxJ0CbOec941kYQJoR+pVGcfq/Jdl03cpcCEByIJfYi9sCQHsxpkikYxJAOAfgFhy80j/X3Jy5fzYRQMf6FaIbbcg/oewab5Qg/78VhtSp1jOmPy4bc1bMgxlAIN+255fo97+lh7e38/YMQMp/vFdF8whAuTFwvsQ4/j8XHlpigPgPwFLgWZwVgBdA+9wsKA0a9r98KP4zRYrov/COgEqlQwRAcOUH+/cNB0BUJ1gPccjsv/dW0emhfBPA8/AX/wb79j97suN0IK7TvzfrJxKRF/o/dD1+LQZ9BUCnoG/8lOX4v85sQoJZZgjA2IZs0FfE/z9pWRfIrFUFwPRlZ6hyJgfAo5YOZ2uZ078s+/t78QsBwDE2iNl+8ALA/CRLOc6e+z99TzrZllsHQBUN6hAg9Q5AD/NXRwHYEsB5hX6xpcfyv89cwoMomea/5rClUzgCA8ACaouGNcAnQDMtXEoAS/Q/sjyKd4RZzb8O0WmoL5IAQKZu0knZfd4/VycLtkj6yj8ITEAauCUHQLLZozzQ0vy/00+So1kf8L/5e8MO+jT4v2VIi3uVy/o/e7kFrISu/T+Y6dGVrHL4Pyv1dc7l5PS/iGizuD5eIEBDND4TUGUYwKtTtggpa9c/lZthORow7r9hpsZRCAEQQB8ENDIfAuK/bCcu5bhX+b+ELJM/bYkHwA8aiPvvN7a/xtvELjzWBkDUk8ChAbj5vyRHNdbuvgdARkNpI8jd0D+ZXvCGvSn4P1WTonm2ThNAKxHq8AXbD8A3+DCVb2HQvw0WIEz6AhFAJU2UtR3UDsDyXKNfknoFwL/+BX/Uw+A/JIsAb5RQBUDBRXORPCQEQEVrcC3BChBAvdbqo744EcDVXN168AsRwC6aKjv7Xw5AxLDCTe3ZEcD9yiG+UQARwBjVwJDRmvU/wvnmlDDICMDZjCI83ZLzPyqiIRRGmAJA56QUZK248L+7TTLFjLQUwHsYwIEjgvg/eJYDSo/r+797bh1OuP8SwN5nzzOp3QTAmnMXBFuv/j9R+6lcJ1P/PxBRJGCWVQtA3/MhnMqlEMAI21RbcIAeQMlU4VlNcuE/yhdggTWOAMC0xmIzmrYQQN8yd+RNxhTA1j+i84bHAUBK0BFPdEMcQHGJPauRhAFANgR+Plu4HUB5UwWaosIQQKkqXujM+QXAhatTGeiZBMAhUZUyNcEFwOk0nXiBQwXABo66UWUq8z+3OfziLpr3vy5A/NEfLxXAlhcIwTbSGEBXLOug4YAGQJTo2ZmffeK/ioPdEQVXHMBzT4ObyfzzP6Eod0VnaQBAv1oCwFQO8r8jJdKLN7fYv0Y7qKV7NANAzKLVe8kL/j/G+xD4r/QJwKGZrJDb+RXAxo0NQ/uiD8C2M4qKOTUIwIUzl3lXNRdArS49U+yVIkAlUuemTIkRwAtuyNdudANAevAWYtJ6B0BKkAmzAosEQICdhY0gPRDAAdocu+ng+7/8SKhgy5roP9HYAFvxbv8/GfcuXe8p4b8pHigMLUvLv1uegNh3TA5AsGHzPX/DGUAYGPtuun4CQOIqzItdKO0/S1yvZMpnGUD15kOMIFsRwFPudZyzPgpA4y82uAOI9j8Z1YwOzJD/vzK1a7TmbuO/Bo+3h6mzyj9eJ7eS/jgaQPxeIxhXMdA/T4xUaX+5+j9n5+dC+x4JQBnMdSZKwQJAzev0+hKk3r943a6v44btPxcbt1m9RxTA2oBr+602B8B15ChbL//mPxsNxM6t2gdAlsDwYeJoC0DGjmpx4bkHQH1+H83wTPi/lMza6buCAUB/KGQy5IX+P941g3xrXxxAIAKepX24ub9j2oKg7FEHwPNhgAJKsBHAGGLy/dAh9r9FtpNSP7bkv0zxpSNgbA5A5imoIShUGMDBTkKLeRPsP/iWUa3yK/2/u0lX8MSH9b968tlOPY7yPwOcGRTjjMS/F4s268shIsB9MboyVD4QQCTf93R86QJA2ghRzPFW27/iBjmExDbGP6a4cw6+uBrAscd4GGSu8z8Uy9Vt/S32PzdO5AYc8A7Aw0oCIqWrIkDZoXBpjKEKwCo5Q5p9/f4/PexMEKo/7r+ntHReT5r7v0JdoMkRIQTA8soOPBEA8r8oQ9x5GMwQQIJS+UiDJgdAuG3p5yoYDUDbWXVPWsUQwMP9H2ptO7Q/vwLUyCw3+L+iOqyCa34MwPapu5DAZf0/ctKFOget/j/bJBJ7ui8aQH5AS/DCcgnA9fxVpY/6BEARds15mJYSQMSE2wrygvq/eg5xeK+C8j9w4pSaI7IOQCAoBWaUPty/Yroqs2bKz7+oK5QWHL3pv/VAbkkoheo/pvemAp/GG0B171QsM4vXP9i5xwshJANAxCWSQSx0wr/udh+iV5MHwPn0u0ClSBZAzAXu1yDHBUAbmBb9IlUEQGbGuGLLKu2/HHLutv0EAECmISvPwv/mP3XDYYc7MxDAHevFAWEyAMCVeuIaCg3iv7y8+WSQhQzAepvdt4hEzD+FYKWHLBb9P6OEJLvPIRbAEOET28lYEEDB2Uo/Y67uP/7agNpYRPm/I8M5vjO80T8ipjBKpgEYwJeKXvU68BxApPPCB4PU6z+RRRsJr9frv8mDjdFNshJAkk8VM6prEsBcQOHAJf8iQAwLJGdAbBFA1fnV9KebEcDRKgzfkf8CQC9DdEOCAPa/rMzqODE5DMAdJVzllQsVQLVnIlQPsRlAatVTC6QP+L9Nlo2hl6wDQNginTFn1ADAUtcam/7G8b8/jKj1w3nwP9nF8jm/R+A/jb5CObN6DcBtrfJQdRngv0LVjfHRkhNAZzsvRMAZC0BNAGKzRPjlP+jhUKFPshpAj022qGam9D/b5IOP9jUJwD3s2XwoygXAu+ZI0Kd5GcCvI4WdPgjUv1xzY0r4JQNA4K4gtfNR/T8ceA0iJlMDwHD0sTY0L/a/CQiCN84n+r9DBfh+eVLxPxUQCg2LPPg/thyxDFNZ8r8APFgGPSXvP1fNCPF70OW/Ko6qES1XHECntprgLoQOwBqxcZW58RtA38ia33Nv8L/SekY1EEgVQJx8ruBIBOq/sfZ0wocl5b9FeHm98xoPwLNGkracaPK/VyWEeJip6b+NuXWaAmb9v/nYc+fFr9M/srhSYDgb+T8plaVIKrkBQM3tdZzzOhjAelX9+ZqCBcDyWSMXvHL+v0Rse822FMg/doVdhdl1+7+ZoN4YWMQIwIBTAU7FzQTAydF2lo6G4b95lRXubxH+P1532qYK7Ou/lbAxF+XWG0AqTMyf7CEJwAz5jU+XXhJAhHnmRvkXE0CA4r8LLB4TQMuUCz4gSNW/O9rg5CRZAcACOR65G2IIQFTAB1dJzwhAGFtbijGREMAhiaZbrBD+v+1JhukVDRhAZlYUs6Io9b8Lvj8w/OASQJVu3vh6W34/i1FOMeDoAkB/68RlXjwDQOU3ISX9DxJAkqCdhkL+F0BLv3+8nfgBQEI0WqJUF/K/lh7YY3csx7/ddMlfJ2MTQHcWxayItRTA4t2Zg18d1D98RJjYbhTqv073lbkmaRbAokREfHDA/T+eM1wsmCziPy+80ACM7h5AYevP9uctFkBKF7FAlGzxP+sHIDtLKuY/tC7SbicS9z+fjh1VeUYQQPr6X6lDPfG/CvNJ4lty4T/udWf2S0cMwEt/t/fKYx/AT6XukX4hHMCQCLFGOtXvP51lsC0ED+c/k6K8atBNHcCIS/gT7IHcv7s2haAB1ue/raf+6Jwg+D+5d2aTIVb/PxjCa5ruWQ9AHvAF3jOFEED3uaMSt+XVP0YSQ2DIYvU/QwTICxnT8j9O8JAUcqgYwLrCJX+rugVAvZ5MA0lrD8CGxdlL43cIQLWXqpU8KRdAC6cKCjWwHUBhI/4UKCEUQJQhWInF++Y/1u/zZB8zBMDOj/r1qHLzvz0EU4f8SAdAcVo9X8EvAEDLf4+PfH36v2ci+zAUWw7AGvV1VzGDA8AM7jWk+T0KwPRjnv5KsQhA8vRczxw0A0DqC5TSEXMZwHlOrwatLgNAj1vuKjzWCkDLKgCi8xj+P4WQrxcS1QpAbgAXkmVPx7+loSnaJRj2PwAmq2KCCxTACP1Slpg3BkB3bl8sAMf1Pw9y/AZI1OY/zJuTX2P35L8MjVS9kOAXwETrqDfNgdG/VBmQr6hZFEBkxMzVGngGwKHYOauq4/+/0dVhiSV197/I1EiTvsgkwD4JxvpSIfu/oodVy264EUB45XPsu/EtwFsDHwVidwhAhbPrR+apGsCeED7ul2EsQJTUZXfZPBnAxNTTRwREGUD0PG+g3XsawCvRg8mEfBHA/OX4c3VPK0CDVkSHQXYlwFtrtRZ+5itAgeZMz4zXHcA8tC+2q+UpQBsR1N426/s/DA7SIsgbNsC3YzNkl0vnP0CX/z5/DiTAGCGY6ne4JcCTdkmSgDoewKOkCztRiiNAZ3oBNpFwMcDdRHaPOyQeQMHaXpITOiDASXogAJhjMkDt9fdK1pHvP+X3trUcEQdAN58sZSljMUBNz75UIYQCQF7k+V12jyVAPJ8eoM9lGMBCUtymtycIwJrcfjS43CrA06+xlZVUOcADQeRP5HMPQKrwlP6/kjFAS/pl8KPxBcC0Bqr02/4AwHEMSc17XjBAutzynusnA8C5KjW+Ip0jwNHEodragCJAAyt16CFDMUBZANxcRbcpwB8YzYiNZjDAZtfCHPeZIMDdF82xZ0k0wAKwC/zqmRrAfKB0ky+K+L9mNa2CeajmP+EgKgLn4iPA4Z8LR0Tf7D+Lwt4L590uwKBIsctjqxXAE5PQsR3G4L9ZGfCG68QZwEQNV+jnTCHAm6t5QTkWGUDZcVpT8p7yv88Gyk95lCZADxJmLdYGAEB5DofsGuoRQNwwxzm+My1ACqjz4KRHDUBUOptvB5cTQGjve4+LqSTALWnMnerhFsCLBiAn0febvxHQCTAD5w3A+DeqBcWiIkCQImEPmDIZQI58gQp7bTBAf41kndorD0Ct05H+3vAmQJ00uEp84QnA8Zy76xqp0T+9lnVZyfYgQH/4jVxg6ClAbeVC09Pz/z+B+WErjQIqwE5Lu4jnixbA1rdIm2p7KsDaDPj2FWEjwIhcy6J3MBJAbBAqj8KDDMDAqFPRl/0nQKlILgwmWSXA78uuRpN0wj/Ye2tWcEz4P+KkCrfuCyDAgxFz1+2FKUAyEaHADhoKwCqPM5Rurvw/I2Pw2JZyE8A3UsPVpjUgQLSr5DnF4SFAcXvV+Lz/H0Bk8QC7Xwniv0ZjDA0c+CBAb0nlXo8P5D/S7EFlU7IrwBwgvp+uTyZAdD0ToP1BMEApM2DVhTEkQD18nhAwph7AASvpWIX6EUCXuEzNSeYBwPSAOnpVjx3AaWfh8bFBHkAOIWL2qO8ewHFowkOmtxbABC2ECYL5IsCdpGFA6roXwPcMjoNjOSZAVcs/UL3YC8Bwjc7zG4siQBU126hh6vw/QB6jij1mMEDVy6R/oYcoQKHsKkng8TFAx8ePD9i4B0CxjQkwAN4RwNoeU1Rr5BXANCnrHTrqMkB+tBOeFz8eQHe+B7etbxbAtUaf9SZVC0CJF1QQtYQwQI9Qkxj+riLADE5M+ktTHMDfUUkTRAEswBfzlOzKaT3APzFbjByWMECa1S7VqcgBwG9w3QoKNgLABLfDBXbmE0CC80j6Zr09QP8vdPHbVyxAStMVWpwkNEA3hZDthr8QwFxHNh6IThpAanyxoQYVHUBNsXhnFuQlwJibHyI5bSLAesENn37TJUDjsvhvyYkZwFvaWAdS+hPAKNcNgq2VIUACG1aFPvwfwPplhDpSTAbApXVuIgVE678p6KPxHl4awP27hTUj4CbADwmfq/cOMcBR4YAiSFsxQKVmI349mQJAt7lNhCl4H8C1fwe7epQowGIaSO+g0iNA+yZFOHZwCsBDmE/ekmAjwFL7WX+cQQPASIMuU8G1HUBhTcM7gekkQO+fCbPgKh5AwV94F2jwJMCPpVZIcM30P7Xg9mrrozDAACnHPgvzMcDdwG8KeX8WwEqAFiRRgALAnFtcEUVN8r/dRSSadAYlQEXzDFEWKhHAW5qvsMiuAMAZAo2f32/4v2O8SayHxQjAALc/52ssBsAVkvx1vqETwGCtO9txdN6/q/gcXb2CFkBuJAn12Z0PQBzJD12jHPq/eTI8XHPKCMBFLZqMHrwKQOjqaWE2TuK/41v36+XS8j8iTV/279wrwERawQE3fOs/IreNWCLUH8AST/quKn0GQOQ1ZEac3wvA9mXQoDyvGEA17kzO2QwwQI4lNKdwOjBANNeXuaqKFkALaseP0wspQNwguf00aS5AZdqf1ZYj7j/lHu5/JhgUQM1l6mQRoAhAiwY+hXFl+z8JkxyQl/owwFSZPVQWxytAN6RgS3JOEUD/9+IMkFclQDZ1l9pgzQ3AqB+guOmRJUCjFx5akCkWQFhQ63855y1AOCzpUwe4EcCsByVU3cgnwMLGr3fmjQzA41p32TTKAsCLKLgyB+gZwHwSqMUOaQdA4rITyIB1IkD44I//b90hQAyE2bDObDxA2uTcsmpG+L9SSCOWvhwUQLEEVsDfhTHAhMI6vo0cHkCz9fm0XFRFwI5MnlDicA/A7JBZ63UkJUB08hNjsCQiQN0OyZK8qSbABN8Tz5fhHsDv9ny7C1DDP9urBR2n7yZAqMGyy+jjEMBRs5zI2yUmwJw8cT4SyRBAjFCsoQ53HMCZGnTlPWfyP+0IquxjeeS/GyYNKvS2CMDN9agm1rYzQMVIcTlegybArt2itInjDUCAGlhfPRDmP+TfpFJDHxRAASd2pvqMHMB7l4CDzVwSwJxg/dPm5xBA9dr3O3ip7b8ODauODIgwQJlqtuqzczXAUVVjD3nh/b+qQmq9D4BBQIOGWNB9NDdA63J1njDPE0AgxKqE0jgdQDg/0zt8hSJAgn74LvhoAsCd82pZ7kslwAFQKfmTmhvAs4XZvgm0LEAVmNKCMAr8v704kJ4EpxnAnST0nVLOHMCrXUkljFcnQDxO8pL0NeK/P3Fh0MtU6L8cLziVcm0VQAjq5puokh3Ajgay5OKSCEBNl+vdCJoEQMm27QMwWCtAlyccQE4UF0A7aE641+AtwBKwhBJRUARA5X1WfgB7G8D4Iq7qMGsTwFMt3Ve1yeO/bKZLYaydIMBnQQc8P0YPQGaPEohcoRRAk496Buv2JsBgoyjVnGD4v+FxNYkr/hlAPq7n4WHhAUAsTOpKNIsbQCG/+UtsFhVALgiA/SqJBcBqgg4M3HL0v48ppGMgwx/AOa/3+IXeJMA644JRDloAwLsygfkVVNS/Yvuq/lecE8APSqmutaonQNDHk/pK3zBAvLD4X9CuMkBKGze/o74vQFvsjkfLpiVAy6eI89LN8z+9UIKhH0gOwH6Or3b35C3AKg2EnMBM3r/1TuO0RhkWwC2LlkI1AdC/UR8McTPoIsCjVkneEb8YQIIoz8v1tLm/nMNXmb18I8AErEMq0Xvdv8FUMhVtfYJA5ZETPEk5VsBhZEFnjohYwIjPi1jqvGHAl4I3ulgbIsDkKr+cAvR+QIcs5CryAlNAlpLhaOyJcEBFK2GAzvqAQFTwm3jEWVDAIA1DLIV3VcDmcV8Y61JyQM8peC0pPlrA6NX/ThJOWsBvyMbf1L1mwIo72jXf5XVAFwkY/2eseUApy86IDB1UwDHp+2jS9FZAemDUfXDFdMB/3QRVIdFqwD1TQ3xv3TxA3PZZiKj2fEAQuwJbK0RywPnsEsjenV3AWNDRXty4ecCfOq7rY219wF27aaKj/WhAEXMJj3EJC0CvEIOSVFl8QB1MYhoM9WHAxOAoQtwzT8DpF2C6IuxTQI0JbNLheTVA4w4MvzEwYsAS/TD7ra1WwKRmUf0U+nLAUuJA4IiLEMB9i1HK4D9uQLAksXW+52/AfS5Na41SbkA7XKRbaoRLQHLrfFyT3HZA7J1tzD7adMCuIrfAzeh/QH9yWbbJl2nA6WZzsF6QgUAH7fNDE0JmQKuoUdDwzHHAs+GlHGHRY8Ay8R/H+m0eQGXlolFLqWdABz34wf+aRUDtyEjHFqtyQAeTyPtiSnlAJRCUbyyrQcAJdds1JI14QNmnwrQyvkzAT801WCB5TEB1xw3fjBRxwLfLXhEjFDnAK2+2vOcnWEDZR2fio+x6wNtltSoeklHA1TstWswMRUDlAZwmjypsQIAtdGb7wgdA8FB9u9UCdkBWVsmZRpxkQGDg1edlnWHAWpNPFJbmOkAiUtLqhZlzQJjkurAE2WPA3QuFc5foWUA3Tmb/jjtlQMfsyXGOnYNAy0W/fuEscEAyX3pdrylwwDerCmSl0VJA1nnbcMiqaEDsIvnKDJF8wJ4CQQa7nXtAX+F4Jy8secDmNDib4epdwF4+6D4ZP4JALd4iPyJocsCwar04vbV3QPsxuSyvxi7Ay1eWGJamdUC/nmSpTO5qwBOI5ybd2HrAOZMlfMbSQcBFkPbxiSyJQMwIpdEwJT3AEiMwH4Apa0Aa+kzAohJtQKQdzbVG81fAgVpsiegWc0BfSUYn/NCAQE0CnIPOo2dAnGGNbbO1YMCRRVN7TiNuwKetTViDjnHAVPOnmmOJcEBeEUQMb81sQOauka0N7WdAJO95aYK6YcDSIBBVEZdlwHmNGt+CtWtAAc4OZnXMacDE9OZUU4N3wB1nyyZQx4LALsZHMbNec8AF1JpTq397wAVU9cHbPXXAmBPUG6F5eEBxr25IQrxFQEzLo1J4sIDA6qsx3kFmSUCCzVPVR6RNwCLmTFqCC3/A/3wLnW1vEMB8wYWAc6xwwLWCXU4TAH1AOS+r5KJ7dkDtb4mlDrWMwF8GGNA9b0bAQ44J33I0bcCJ8tYh2TN3wIS1N9nq3VhAWGaxmOTAc0BBQoUM/sd6wKh9VLY0K3JA8051X1hRdUDxQN94LpVowOSdgL/zO25A3JfNRCtUdEAomXY5F7eKQMjpCxKtsXLA/m62KxvJY0C7GpV7xdsbwFwKLCn5bihAMvNz3oa7bUDs2D46H2M4wEZ7i97CPFFAx/jtY7wIWEB/ae3q8XdmwGH+66vqx3HAXZEi+1BdY8B/pZEOdI+IQA1EJNo1IGJAQP3jfVEyYkBlL0RQ+0pbQNaiP5Bes2DAnFiPO2/iXMAGQJrZuj54QAjqD1oimGLA", "row": 739, "shape": [1, 6, 157]}, "right_plan": {"assigned_init": {"gamma": [2.645329236984253, 2.3696906566619873, -0.9283523559570312, 0.3224145770072937, 2.4548122882843018, -0.8704730272293091]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float32", "eps": 1e-05, "momentum": 0.0, "num_features": 6, "use_batch_statistics": true}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true]}, "rtol": 1.3e-06, "several": 4.0, "step": 0, "summary": "BatchNorm1d(6, eps=1e-05, momentum=1.0, affine=False, track_running_stats=True, dtype=float32) on (834, 6, 157) float32, train (grad; use_batch_statistics=True; MindSpore-only initial weight)", "torch_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float32", "eps": 1e-05, "momentum": 1.0, "num_features": 6, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [true]}, "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
