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

PAYLOAD = json.loads(r'''{"atol": [0.0035327735616244027, 0.002677692394545939, 0.0035191247557541617, 0.004102453341300165, 0.004854504928844804, 0.005146267136616148, 0.003812864408700504, 0.0034343521514327733, 0.00259230608745364, 0.0035390835404291118, 0.0035655300368788133, 0.0027491065319581744, 0.0028473280916483795, 0.003617034020214146, 0.0026020707043302917, 0.0024669891260292805, 0.003571953821867731, 0.003433804071084526, 0.0027942145805968915, 0.0033419867291912967, 0.003375452322532745, 0.00035959767184893566, 0.0029137717413898596, 0.003004166051170473, 0.0032797555111974508, 0.003544415964964736, 0.0031736855556193924, 0.0035258825173005133, 0.0029278996527283985, 0.0029030481371756277, 0.0006038760937026103, 0.00370881385251063, 0.0030306907334492826, 0.00307701550671456, 0.002736202815536494, 0.0024483222699046296, 0.0028405361145248205, 0.003124785352437768, 0.002387800487846077, 0.002974489017416482, 0.00410483458220771, 0.002993518539505601, 0.003524691124990967, 0.002319215350214631, 0.0030512551815033003, 0.003444179530265547, 0.0026477512328388643, 0.003222007498046455, 0.027146605349736296], "case": {"affine": true, "bias": null, "dtype": "float16", "eps": 0.1, "grad": true, "grad_seed": 47421, "mindspore": {"init_via": "checkpoint"}, "momentum": 0.1, "num_features": null, "omit": [], "param_dtype": "float16", "relation": "gradient_sums", "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [7, 49, 7], "steps": [{"input": {"layout": "strided", "offset": 100.0, "outliers": 2, "scale": 10.0, "seed": 155080769}, "mode": "eval"}, {"input": {"offset": 100.0, "outliers": 2, "scale": 10.0, "seed": 83959}, "mode": "eval"}, {"input": {"constant_channels": [21, 30], "offset": -10.0, "outliers": 1, "scale": 0.1, "seed": 12114}, "mode": "eval"}], "track_running_stats": false, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "output-19061ff939", "kind": "output", "quantity": "output", "reference": {"data": "5WibdqKu0L96Zn3/pWTCv1JXOvm8g80/CtmQUjo73D8Q2h+OOGDLv3vcPQU1qtm/G9w9BTWqqb9eI+BilYnNv0suf+eLfcq/OIwgb89K0L8GZq2WcRusP7MtvGMA6pC/XiPgYpWJzb/CBtEs1NDRv9F8Kcsa+Ni/XRtZY9Ap6r+ACOjL2WjUvzrQfIHbOdw/XShNmTGzz79dDmUtb6DUP3VLxF3aA8c/Qzy4G2T6yr//DoeX0FLYP8OstMyym18/cZa+dtaksj9kWvJFMOfBv+y0VE5XNqe/lZbQHDOd3L8IO9aVddDkv3fFdMCNkrE/19EOcndE3L8Hkwwt4ZnKP2nwhOT6kc0/ltW6KRfB0T+IAMtNhMDdv5q3Hz5m4NE/AWChcbPMyj8whVjs/e/Rvy37Es7i68q/LfsSzuLryr9nCrARYmLQP8zGvUh/1No/xidgwD2Bl79RIE4sAhnTPwAAAAAAAAAAEx9LPvhc4r/UHUhQ7qDBP9QdSFDuoNG/xidgwD2Bx79GMtuzfvnYPxjhyGt4nNe/7Dq0K7QAzb8Q8eBBH/DVP/6VyrZpeOm/fHPVJd4C3D+namaodkjgP0WOkcUrtMy/JLaV5A162r/jAjzjE2LRv0SfxMMzlMC/CrCrCefwrb9DG74jzZndP+hz7O4DvIk/TqfMCHWxvT/AWtHLzz7kPw/qqAmCWeq/5PQ/kz8n3r9zSOK9waHTv7dEtnsZOsW/DG3A2d3bxD8B9xHNN+W6PxUw8fDsEq6/qbb5HqltyT+LvNHwR9mhP+6E8WcWOdq/M1PpsIMEu78zU+mwgwS7vygW5tj2vLI/0NpQsUb8lr+5IJc+HfxXP1+pNPr427g/WfA/EBgcuL/4q9b4Qe3QPyJd8e4V/bG/AtOY6QFztD8CTgk1Io21vwE+d0OWxsC/wu54wbOx5L8CVAGrzpzVPwLl+10njbu/Akw4sog5wz+e3jFTdxaNP5xQt5jSsdU/IlfLRAGDzz9l8v44jbnmPwHQrMMWZLs/yUg8XwnoyL+cULeY0rHVP8BOGftN2t0/a79BJ0vmsr+CtASNiUbbvyW4wxXKe8i/ohYxloR9y78q0aRwI57EP3xdFR5Qr+I/l85C2amFxb9BcaIEM9G+v71em/8D9Ki/QXGiBDPRvr8uKXbxBRrdv2fU2wlgNLg/l85C2amFxb81VZ2xFdvVP2k7ldjLV9o/V4kQPrXHwz9XiRA+tcfDP5U5RScij4K/JQKMaS+Yuz9GyBJqWkC6v2QZKt2MgOm/YJTsB6Gj2b/W69yGMA/fP/D/4ec/V8Q/u/xxo7hL4b8GZdkmEEvNP3Ko4lxQF9k/g15nR36BrL+DXmdHfoGsv8TvDd2QQ9S/C2PdHArbgL+u+ZUaI7nhv0waRrM3P9Y/gHmUPM324L9T11zCwkDJP1PXXMLCQMk/rjO8+GqKtL/JEJqFrGrVv/hPifrpG+K/bJK7mzEIzL+uM7z4aoq0vySQqP6qw7m/p9IfGDxXvD9BoEihQVGwP96tdVhR5sW/XQ26y4ic1D8dDrrLiJykP6fSHxg8V7w/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADyqQ8QjgbOP/7xFeaO2Zu/5usV5o7Za7/AFi8+kiWzvyKFIpKQf7c/0W7HefiU0z/B8hXmjtnLv1x/8d19fMW/gHyxpuvy1z93ge1jEsvTv5LmXyql7tQ/Sni5msJV27//F7MD8qemP4C2xCXvSNK/frD6ut2X2r80FShrqo3lvyPdGrjo4c4/RIWd2vmV0b8fUjSHeXOrP8uZajzYctg/shFHKJBMsL8xtJcjtf/hPwNVVQt8icy/zsIi/YKpoL8LPyxvoVDRv4zp1nRflc+/nMJxXNXngb+M6dZ0X5XPv+pucomBk9A/umGrfkcVsj/4LI9TXxzIv1lHHWnTGMW/umGrfkcVsj+KVORzDZfTv5Cz8lh8W+c/zaos5CPZ1T8RJVR2mDnfv2Ez4vkvBse/zpb1Ng1xr787lsKf8lTUPzQmqX5L8t4/rB0jrUvJtb82TlpEjcjOvw0KaSUp/tm/EEYPU2dGlD+iBFt5uM/jvxwUzNHIQKY/g9FGkV7v078i3RUc+KrCv91swJKh89m/BO37BNgJ47/lcVK1asFnvzaRgQ6RfNA/Wv1f1BiSvT+AbE+slITTP+2jCyacZ9W/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABiqAvsdv/aPzSC8LBn/82/kM4mJ4b/x7++9EFilf/UvzSC8LBn/72/1t5EHXO/6z+QziYnhv+3P0+0VSC2tMW/+NybHRx2v799/U9fPF15vzmXGSmKsci/3YX+yHs15j9X16FUK4HXP339T188XXm/LLrP7L6vob/YiO8pYiOvP1mdP3pG54o/LZWnWnnGuz/YiO8pYiOvP9OoNxhIi+Y/3ZsnNU7Iyb9zV2MZjLbgv31lrrAsTdi/WP3G7hrN0z9D1gsF8y/Cv4s0ngTlN9K/S6hmqT7UmD9lT1UDu0/CPyffvp+awM8/uSyJz8F71r977PmUEM+sP3e6uVeliKA/ldsGYJxKpL+kuc4xyovGPyffvp+awM8/fxNVke8Gxb84/I2aW0azPwi2f4PNp7e/E29xbD8JzD9Wq3ih7PXBvxNvcWw/Ccw/xiociIPHpr9pK6JdCA+6v1slKqMkBMy/bJrhaQvPrz8qxgNPcKOAvy6kgmd2I6y/fj0qa1x+3r9oi4XK1D3lv045i2T269C/OWVUlMYf4L9a51AGgoWXP3DopgbNxbi/sILaBvqFmb/LHmQHcobbP69kusX+VMU/OR1Wmrj7v78V0M2jiHm2PzGW6bVFqXu/waiJqHC40T8Ez6Zsbh6fv9EPBBbCoti/9alicVZdyj8iRoMxRF/Pv9eKm7f+U8y/4qW+zq3Rfb96wunF5PfuP/RY5EkuMsO/Z3mC/oVmsD/0WORJLjLDv95JXT9VheA/iCdigHvjwT+IJ2KAe+PBP2mo32RAS8u/vmGd+MTVqL/Bo6SHFvvRP90Q8asdcbK/pOZdtZYZ0L9Ak6OdGYHCP5TvO728c8s/QkdGv0t06L+xXNZSpXzFPyImCQgxeMg/O8HQE2q10D9tjM/9XKTUvxYVykt7EtC/vQBeeKZw0T9+O4kzMwHHv347iTMzAce/L9NfXpz20j9y/kS5tBu7P/dFhPGqFtc/k+1wwPAXwb+T7XDA8BfBv5PtcMDwF8G/ru04Nkl7fz9J0Unl3ZXRvwnygikdHtm/TVGtlw00uD92NMDJmZDcv5FlTESdId4//QwVIOcusj/eyzW3BpbQPybwJ1Jzi9a//QwVIOcusj8a0MzAaGCxvxrQzMBoYLG/9eRSuZYAyT/SQm+qvqC/P5hi68tx4MI/xiOfQoTwxT99LfeXe4CUv568i93NCNM/nryL3c0I0z/BQc9x5xLHPyNE/MMbVp+/ylLOYm7ozr8Xroy6sOjLvwDAx8F36cK/Ov9EWKtVwr/z2km2w2fCv48lYow9wsK/yUc7nHoxwr+KdrUSh7QbQEgBZ+pV1MK/VgOJfABTw78zXpResmHIv3Xbrsk2hco/kujTWCMcsT/laJt2oq7Qv5lfI5qwhsc/emZ9/6Vkwr8b3D0FNaqpvzk5HmyCcce/lfsJ3pg50T+333IGpmqwv98ikM4LQ8Y/FwKzQChnzz9HGgBA64PiPyTrYR8mpaS/XQ5lLW+g1D/0uhF3rl7Rv9LAjthDltE/XShNmTGzz7/pWzuCmqrXP3VLxF3aA8c/6h5T1gZErz+awxvpcL6+PwrxWOD4p7G/Qzy4G2T6yr/2Duvm0njLP2F4vK0FbMU/EQ+/+MsG0r+2tApH/4nTv4gAy02EwN2/0Q8GB0Zn7j/lpv5NCkXQP7XlAJOg78G/H5sv2aYOsr9fljjt/7iYv1+WOO3/uJi/Naviv6LUxD8whVjs/e/RvzCFWOz979G/aLqAyrvIzT/91+i/+XHQvykjK9WC972/z1ADZ5rYwT/UHUhQ7qCxP80iVAgWkcQ/AAAAAAAAAADGJ2DAPYGXv8YnYMA9gde/uDF4MI1hzb9CKmacUfnYv6xe1Ie5idG/kkky6JaZoT9SZ63/7pC1v4C4v0f17ca/QI/pFhBi0T9SZ63/7pC1v0nd2LvAus8/4wI84xNi0b/8C4j9+I6iP6M+r+MRatS/RJ/EwzOUwL8A8i5BtsPAPwDyLkG2w8A/YklSkuTU4T8cXhDRPD3Lv3NI4r3BodO/zmq9e84+zr/aIwSipWeyv06nzAh1sb0/2iMEoqVnsr9Op8wIdbG9P+10gLjfF6K/34fd0OVuxj8VWcGCInDDP4U0tlMoFuM/LQetdMh/w78B9xHNN+W6P+10gLjfF6K/hCKtRgpF0r9SxwDPyszTvzZoZFuRW8u/gjEQr3+cxT9ki24pDi3Cv+bnaJ7+jMI/hCKtRgpF0r8CSIzRlWiMvyHuVNlrDuA/wgnQ5lvj27+CLqRvkDnMPwE+d0OWxsC/gpexRos5xj8BPndDlsbAv77Bb8FBJqM/ThtlWjLgy7+nJ6gFnFzhv3DJ76VWZNK/F7J5Tq+SyT9l/THlyg66v5xQt5jSsdU/ifcpjBRD1b9hKJTfXDW9P3xdFR5Qr+I/I45/cZihyj8LhJo5QVTTP2EolN9cNb0/S0jzSzfC079n1NsJYDS4P4m7nZr0v9A/S9uwrSK0uL+cA8qtIXfCv5fOQtmphcW/l85C2amFxb+iZXCjxnOZvyUCjGkvmLs/aOxTvsobw781VZ2xFdvVPzVFa3nmycA/Am+lil9e0T+VOUUnIo+Cv0bIEmpaQLq/rnLv8rCn1r/QKPcnAvC+v1RD3BEgT8o/vAGocnQ+5j+0NdVR38a2P+tGaCeJHd6/4jztfLFjzr8LY90cCtuAvwr6mNbOPeO/lg6vyUoy4T+PL2IeCz3HPwQbTCuPSNk/o1tPZyBcoL/9rPg4+ROkP+obUXIwZqG/z8kFaSAR0T/G2PXKdjuGvz2z6hj1BtQ/+Hr9ixr3rT8cvlgz1CGJP1PXXMLCQMk/IE8x5Rkwxz+p85QaSB3WP6Lv7HHiedi/Q8BKuMYe2T8gTzHlGTDHP3h6K/bP58i/h4J7R5suxD8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEJSd9Qnl70/8qkPEI4Gzj8xjOtEw83Iv2JD5W7C+so/BHeQLCvjlD+gJcGj98HFv0JSd9Qnl70/S94/oLcWm7+3HTNyFrvBP1x/8d19fMW/d4HtYxLL079udXljMMzNPzerlNYKhcu/oITnLPFA4T+RacQFf5jdvyPdGrjo4c4/E7SA9Csowb8XP2clm5akv6LbGrjo4Z4/HUw0h3lzez8XP2clm5akv87CIv2CqaC/AoanO2HWjj9QCe0jk9bSv6n8sKtLdNq/H2gvQmho17+vHMdfgUzKPzORMhUvgN2/+CyPU18cmL/4LI9TXxzIvyg6Vl6ZmtY/ilTkcw2X07+KVORzDZfTv/gsj1NfHLg/+CyPU18cuL+nNYwKlnfGP+efnXmlNq0/4zZRweO3jL9D8qQTg0+jvxL91PXo6ds/gBDqMWe13b/jNlHB47eMvz61NUf559C/pRDFe5Aps78w5/uEXMvNP+vK6jr3w8o/4WqDSWyQ4z+mrtnwkbzHP2f5JmZdssW/h22oXRuPwr/yvgQXVpzjP2D+uIWfnNw/eCS1fy8Ov7/towsmnGfVv2b/ETcmp8u/F4zEl+9HlT8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHk7mYl+f9m/eTuZiX5/2T+QziYnhv/XP+waXZ2k/9G/NILwsGf/zT+QziYnhv+XvzSC8LBn/72/DyC4PhkJ0D9X16FUK4HXP3CRFCZtUtK/uvgkq31g4b+O0ZxRDiLBP3XxVa2yH+K/Kp0pZtN63T/tin8yh+Stv/eyK9Cg/cM/WZ0/ekbnij/Hvr++bvDAP+CSr3EhJty/lMDoRfZc4L9ZnT96RueKP9htmlouir4/CLbTrK6UqD9LqGapPtSYP4LRrbOOFai/HPHCA8lH0j/YbZpaLoq+P4LRrbOOFai/zp9Dbblrtr/QuOML7468v9C44wvvjry/6ehBVRJZwb9ADx3pvYq0Pyffvp+awM8/IVONRWIIkL9ahjhj08m9v0CUsapYNeA/UPYtEAI/1b8uWKp1q0jaP1qGOGPTyb2/6gaVfDz4yD/7S+pg+DnOv8C+schhELS/Hl7Rhit21D+rtf0wDADXvy6kgmd2I6y/wL6xyGEQtL8qxgNPcKOAv2ya4WkLz68/Dq7nBEdEwj/bG7gG3AWpv7CC2gb6hZm/P0vHBQqF1b+6Tp6GxaXIvyFvP0gxt96/tNpMBMADUL/1qWJxVl3KPzkdVpq4+7+/9alicVZdyj9ZQ8HM6hfMvxWkEvjAVd8/FdDNo4h5tj8V0M2jiHm2P9eKm7f+U8y/4zCOW8DlkD+ZsmxDFVfav7rEKaxGN7q/oAVmFfafpD/hKeDmWGDEP+Klvs6t0X2/angOzSJIyL8XL91xRbSxP8BrXuvCf9Y/MwRByr2o0L++MxhPbwTbP71j6eaMB94/2dA1C5R9vr8u4covEG2lv2kMKYrFB9y/ZTpWABY8yr/WA4m1oTfNv9B9EwrAeOW/h3nDH64Q1r/4QvbUOQzZv0iFkMsKGc2/+7nNF2ce07/YT/UGCKO1v0iFkMsKGc2/a+9o3GmU2j+9AF54pnDRP8wSsYyJvck/O9BKO0gQ4D+JZTOraSHcvxNhIUI9G8S/bXzUU6UPwz/3XiPuERDRP/deI+4RENE/20OGnX8LtD8m8CdSc4vWv31UZqZToNw/3EMMQBiS4D+oDkBMuXM/P14Thz1zB8u/9uxuQy0fwj8DETD5ypaXv/D5tYF2qNO/eFI0ro2At7/Y9BBKcKDSP30t95d7gJS/xiOfQoTwxT/w+bWBdqjTv0EUtw5nGNE/9uuI+0N54b/btASDBKqrv9XpTP5O89m/7BdKNRAJ0D9CerwHumB9vy68bdItc9u/nryL3c0I0z/z2km2w2fCv/PaSbbDZ8K/1by0ytv1w7/jvtZchnTEv7q4cKaG+MK/HOGvbMPjw786/0RYq1XCv+dUHILAOd8/jR547fEq2L+x4XnzLT6mPwXYARc8Fr0/wuQmpiit07+GpyisZMDRPxFJDT5Ck+C/JkS98HhlxL/xF/FJFU/JP76fT4Lm/eA/wgbRLNTQ0b/fIpDOC0PGP+fwkiPn6Ne/Sy5/54t9yr91S8Rd2gPHP9HadkQGqcy/XShNmTGzz7+64XwhxOPSv+gX1nRxDN+/6BfWdHEM378zyoK+sMqLP8LD2YNmk+C/BS3tr6OxuD/DrLTMsptfPzMetlKTwb2/OEsBH9Hi3z+fh4cZxrS3v7a0Ckf/idO/afCE5PqRzT/4MjPhMLnUP2nwhOT6kc0/2/1pue3Xyr91dJa6XUzZv7G5pUsqXNO/4XqjBpSxwT+bBcIYq9DHP5bfN0UG7NS/ZCubcVwvP79ouoDKu8jNPzmDyrgCybE/Zmze73bY1z+ZweU/TqPiP8YnYMA9gde/QipmnFH52D+4MXgwjWHNP9QdSFDuoOG/WBtCdNoo0D/GJ2DAPYHHv78sbHhlcdq/9MSIb+LWor/0xIhv4taivxSc3klhscw/SnfF1ZXkw790AH+eksWKv3QAf56SxYq/dAB/npLFir+FUh7FLazJv+MCPOMTYtG/xBarxC+kxr8E2zfEMZzDv4VSHsUtrMm/B8eihmsYu7/EFqvEL6TGv3GGGi8B38o/RSTTC/1/5j/Oar17zj7Ov6RWuEzsbb6/aVFjJqs7yL+/eW2Eb93HP795bYRv3cc/EPQlZGiv3j8VWcGCInDDPy0HrXTIf8O/U5z/Dni4278gHaisxpbhP22Z2TCx57Q/7XSAuN8Xor+Qg44xGju+v+IFL2/pO6k//9QVOo88xb+T9X0Jw/zTP9DaULFG/Ja/Il3x7hX9sb/iBS9v6TupPwJMOLKIOcM/g7fVKaPGz79DVUl7XuPevwN6HQSTOc8/gf3C4q8x4L/C+T31zxzXP4KvDDFdY92/cMnvpVZk0r9OG2VaMuDLv4YcegSqe6C/1AsTruUGrz9OG2VaMuDLv8lIPF8J6Mi/Q3YTZODvxb9LSPNLN8LTv2EolN9cNb0/nlbDPQRu4D/kBM5MrMWpvz7CqE0hyd+/wE4Z+03a3T9EBc5MrMXZv0vbsK0itLi/nAPKrSF3wr+sjjIHSqHev6JlcKPGc5m/QXGiBDPRvr/4gcQy0XLbP4m7nZr0v9A/NUVreebJwD+KMPmCmRnGv0bIEmpaQLq/vQa/cSCF1b+cEVvHUsPJP86oEdQHBNe/T1AyYQii6j+ZF2RSWJnXP8zX9T3hb8W/NdRpKHih0T/AhuVHYBvWP2zl/P0h+Li/svcsyJyE5r8StukckZ/cv3QcWBs+W98/3Bg6w4gs0D9fWZR8Wi+2P/2s+Dj5E6Q/NPEZzT9W2r/9rPg4+ROkP9cuXKazM8Q/rjO8+GqKtL9X/whMzdrlP1sntdXXdNK//ajW61wSyb/4ev2LGvetPy+qJiJsLM8/5e13Eu5Kxj8kkKj+qsO5v3dqqmoNgeS/VykUOqjGv793aqpqDYHkv/H2PMOtwLO/8fY8w63As7+p85QaSB3WPwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMfremMEn3b+xD2aLX9fBP0F2kCwr48Q/QQid2CyJ0D8Ed5AsK+OUP8AWLz6SJbO/5usV5o7Za7+SD8Prn229P5LmXyql7tQ/63aZ7R2kZ79l3SthVXncP1OtkFyf09m/63aZ7R2kZ78lH9ON33/gP2bKEHMxTeO/G0tyAUXx0D9N393UDyrKv03f3dQPKsq/J21KP80oxL8PJFFtR+HLP5S1gPQrKJG/6EJ7zVkKsD95wNOhmH3Jv/VLaOzqSdY/rAy8hWZg6j/oQnvNWQqwP5vzw4y6NMQ/nMJxXNXngb82+HIodyPePyLbR3kq1uK/+CyPU18cmD8AAAAAAAAAAMHAuWO22eU/AAAAAAAAAAD4LI9TXxzIv2Lj4/jQZsA/4zZRweO3jL85InfOF6y0P6c1jAqWd8Y/GW3uFpBM0T/shzQcW4jMP+/TAG2G4dg/pRDFe5Aps79SJnpvjgXdv/ExSfonwcu/Rbqoeyt41j/FkmMea1Plvxx2t1zHrcE/AJ6XMcZw0z94JLV/Lw6/v4yQmUMX4cc/eCS1fy8Ov7/bfmjdkgDSPxUj6+eblNk/F4zEl+9HlT+TkfL0nevWvwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7BpdnaT/wT+QziYnhv/HvzSC8LBn/70/NILwsGf/zT+QziYnhv/Xv+waXZ2k/8G/eTuZiX5/2T9PtFUgtrTFv5+Oi2o9+d4/4uU/UMEC1j/MyANZlf/YP0jdsZF0Srw/jtGcUQ4iwT8jet0xXq7Lv+2KfzKH5K2/160XvKcMtb9Ptms9i/7Sv4iPbwQ3Jc0/97Ir0KD9wz83lu/eCye7vyy6z+y+r6G/2G2aWi6Kvj//UuNbWHLePyU4LF2CWs6/o0r3sVY1uL/g5L4Yd8LQP+xva+8vweO/shnnBQ8gsr+m0m7Q/67MP+sB4vNHfMe/pLnOMcqLxj84IDkAJ2rTvyFTjUViCJC/+BmRmFnh0b9sDjLD4o3Kv61No5PKluS/zFeqdatIqj9Wq3ih7PXBv3MWhVacCuQ/jZL4d4bY2b9DFFWR7waVv0MUVZHvBpW/Hl7Rhit21D+wW6LtdwPPv+riweMJ78w/wL6xyGEQtL+rtf0wDADXv00p9yqR+eA/lqxJmbbvyT8OrucER0TCPxqYy8UNlcW/irG+hQJl1T9a51AGgoWXP/DRX0dudss/moGEBq9FuD9a51AGgoWXPyq22yxnEcm/l2PchYcs3b9z6pjjj4a8P97ovxqq4eO/KrbbLGcRyb8+nOm1RamrvzGW6bVFqXu/usQprEY3ur8taTMkWszRP7rEKaxGN7q/oAVmFfafpD8t5cdgnmvHP+Ep4OZYYMQ/4Sng5lhgxD8T7yHRu8C9P90RF6MBCuU/2dA1C5R9vr8V2k0QZOLlv90Q8asdcbK/h1czGJnmxD9rSD01BUXFvxHeveByScG/rYoDyfWw0z/XuM9YRyrYP5yT4dAbC78/QJOjnRmBwj9GGRlJ+z/qP7Gnj6//idq/317R41Iq1r+/1WwSC9itP+dtrcCdscY/3cFqwl8a3D+hpWFEknzUPxR4YyqIAtY/G3vaYSDI3b9tfNRTpQ/DP2181FOlD8M/ru04Nkl7fz9l8D46x1nmv9sq56AYEro/trlKNM0JrD8l9IB9SCm8v0IhtMx2HNg/16uP2kyG0L+clUUPNDm+Px4PO3/AIcU/YiPaK1AP278hkchrstWnv+CMfK3/77G/Fe0csGE04D94UjSujYC3v56WHvyLONc/QRS3DmcY0T/3LemxkADIvzlQSQduQOK/c3dxxJ+Aqj/btASDBKqrv0Xa3PlMQ+Y/ynLqgbJz1b/BQc9x5xLHP9KjBZJ91LO/7BdKNRAJ0D/KcuqBsnPVv3KUdQSfCsO/gJaXlkmJw7+dJ4Qe6EDDv+XYJyQZ6cG/5dgnJBnpwb+BI0D6kkPCv3KUdQSfCsO/UNkfjjhgm78K2ZBSOjvcP5fpYpQhQdA/P58/C3G91z8/nz8Lcb3XPwXYARc8Fr0/n5uSWHZO6r9eI+BilYnNv0uBgerYVtO/E09cdW9Zwb85OR5sgnHHv3lidyPkOuA/OIwgb89K0L8edrqbnb/SPy6ujjhb7Lq/XbAXtIPvwD91S8Rd2gPHP6OkHfFYgMC/0sCO2EOW0T/qHlPWBkSvP12wF7SD78A/7LRUTlc2p79heLytBWzFPwrxWOD4p7G/+PAgf/3zx7/2Duvm0njLP8OstMyym18/7v9pgmrc3D/0abUuRgZPv9fRDnJ3RNy/+DIz4TC51D93xXTAjZKxP5bVuikXwdE/pTWUdcehxz8Ai+lvHeDRvy/nhsoSZtm/BjiJahPBtz/JjKdxCmrWv2Qrm3FcLz+/YpT29hbk2r/663TDyffBv/rrdMPJ98G/xidgwD2B57/UHUhQ7qCxv1EgTiwCGeM/CyRX9h9N5T/UHUhQ7qDRv1EgTiwCGdM/1B1IUO6gwT/oQsCWhyrcv3LY7/NClcM/Sd3Yu8C6zz8MrPYfCAW7P0nd2LvAus8/9MSIb+LWor+SSTLolpmhP0WOkcUrtMy/okERI9AN2T8KsKsJ5/Ctv2N9hCPOFdw/gqsYkuVQ4D9FjpHFK7TMv4LfSiPPkdo/P8Q/3XuFmb+p7+ps/vTXP1pgEy9M2sE/5PQ/kz8n3r/YYTwT5aTZvySTx9mS4M0/P7Z8ERZQpz89FDK7L2vPP1onucuPO9S/fqn8lhCT6j+ptvkeqW3JP22Z2TCx57Q/34fd0OVuxj8Xf98ggDLXP/3jeKIElNg/HXu3vwCsyD/iBS9v6TupP5P1fQnD/NM/u7X7Zwxk2L/iBS9v6TupP5Y8gxv7+r4/AuX7XSeNu7+CjOwSb87jPwJIjNGVaIy/Q1VJe17j3r8CTDiyiDnDP4IupG+QOcw/AUpnL+/loD+ctkHAT0XiP5xmHfFNXKy/cMnvpVZk0r+8SVtfGGyCv+qQPIOw2OK/Zf0x5coOur/JSDxfCejIvyz76BRVeMK/XRAL521l4b8MmbwLWkHSv94PMZaEfWu/xpE++tjW1z8s++gUVXjCv0oz0Xke1dQ/+IHEMtFy2z9xPuqyTxeyPx+5QfWo8E+/AezS28BV1T8GIVqwOEfSP1VFv1YSl7K/ehwIHY3r2T8Cb6WKX17RP+BKZDbvgti/et3nOrPW2z963ec6s9bbP/HstpjWAdq/vlUAjCHBzD/geUHgkZy1P9XhcOi4KdW/oiHf/C9Txz+0NdVR38a2PwBtOAAGQpy/fvnyUtFryL9UQ9wRIE/KP/D/4ec/V8Q/daiCY226jz/E7w3dkEPUv8TvDd2QQ9S/DO8HZTk60b/J2ev5ZTzAv/Hb/WFsWMm/g15nR36BrL/pFSSc+OTiP7I5AnhCmOY/q5zPyMn81j8IG66yRF/APzf6fjWBYNi/yRCahaxq1b9YkMilNue0P53dFxJtQeW/ECfffMkb0z94taIPYXt7v1UJEiMj+da/w0AELgqb0T9dHTtXSwPpvwgTtkihEeE/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADxOxy8j6zZP/7xFeaO2Zu/iTsyqRIP0j/D1fEaxKCmP4GiRl1buNw/YkPlbsL6yj+hk7T39RvavyVB5lJRic6/AaecyuHnvr+lUA6uXurRPyVB5lJRic6/gN8n5+nHyj+34x/zEmW3P3eB7WMSy9O/otsauOjhnj8fUjSHeXOrPxO0gPQrKMG/shFHKJBMsL8j3Rq46OHOPwiNX2AuGNy/LgQ8TObx0z+M6dZ0X5XPv9qdbo124tW/4SJlGSQy0D+i3Jr3FZy6v68cx1+BTMo/UAntI5PW0r9ll9DO0WXDvzb4cih3I96/6m5yiYGT0L8i20d5KtbiP7phq35HFdK/NvhyKHcjvj82+HIodyO+v7phq35HFbK/YTPi+S8Gx79D8qQTg0+jv82qLOQj2dU/4zZRweO3jL8aJ5R//SDhv6ynvgNX/eA/G+E56Gr1wL9hksimLLXEP8ngzOsXpm+/HBTM0chApj9n+SZmXbLFvxBGD1NnRpQ/rBU4sMK5yL+lX082EXPVv5is6+VXIOU/xUbEmBGCtz/lcVK1asFnv3gktX8vDr+/Zv8RNyany78cJESZIp/Iv1r9X9QYkr0/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJDOJieG/5c/7BpdnaT/0T++9EFilf/Uv5DOJieG/8c/SxV+Tm9/3D80gvCwZ/+9P4QRGkODh9E/YZckY7Ybxz/q4rexHJ7jvwxdoToyq86/+NybHRx2v7/0ojrApzjjP2bRkRfit8K/WZ0/ekbnij83vLU08nfRv1mdP3pG54o/ParFrZgz1j98s08S6q3Dvze8tTTyd9G/WZ0/ekbnij8c8cIDyUfSP/ULegKfX7I/WP3G7hrN0z8lOCxdglrOv6NK97FWNbi/NAccsTpFyL/IQKLvNr3Tv3e6uVeliKA/oqAuk5RowD977PmUEM+sP7cT6TCMWNC/0LjjC++OvL8lxh4BZZ3JP6S5zjHKi8Y/QxRVke8Glb8ZJLz9KcDYP09ucWw/CZw/wZ64jDnnxT+15cajx4Wxv8GeuIw558U/LliqdatI2j8cATpmJXTdP3dEM9A6eeI/YYhJ7WI45j/cyqE9KSagvy6kgmd2I6y/LqSCZ3YjrL8CSQ2cZQHRv8seZAdyhts/4RKJhPTj4L8vewGFXaSyvxqYy8UNlcW/eeH4BFaEwr+vZLrF/lTFP7CC2gb6hZm/BM+mbG4en7/MmxDtXwTDv7e1AmSBbLA/H8NU6HfF1z8KvCum/BjUvxXQzaOIebY/7AOykctJkT+2eN5OzXPcP2d5gv6FZrA/t4C11UQ10b9O94TJz0vXv+Ep4OZYYMQ/oAVmFfafpD9rAxh6ofngv75hnfjE1ai/MWTj+fiu1r9qeA7NIkjIvzH8y8WHMNi/LvRWwVG4378Vj3+hgLq3P7370bIbid8/9HAjS4pAx7+xXNZSpXzFP2U6VgAWPMq/XJaw7Laktr/WA4m1oTfNv4Kn8JX+RMS/XJaw7Laktr/7uc0XZx7Tv6GlYUSSfNQ/fjuJMzMBx7/YT/UGCKO1vx4kpijGmcA/HQzc3WAWr7+I58sxcZjRv9smj5zBUuI/7Qgk0lgMwD+3f1wyUZjYPxNhIUI9G8S/E2EhQj0bxL9tYzVXPhbJPxvttlsb0eA/IZHIa7LVp79Qmh0F9ZHpvybwJ1Jzi9a/ikWmZ+MR3r+ldjLi5qLfPwMRMPnKlpe/W5H5UIFTqD/kb5t2YABwP058HW+byNm/5G+bdmAAcD8kpgYwqRDMP8Yjn0KE8MU/iNoPvX8w1b9v5UTTq4CcP1SnFPJcJ7w/iI6Opgzz3L/BQc9x5xLHP/briPtDeeG/XPhLIWwTwT/vXZGh4Se2PyNE/MMbVp+/rUP3dyU0wb+DsOhd3P3Av3QhHmjoxMG/Zh/81T1Gwb8O343aGGXDv/Rn8hkNIsG/gJaXlkmJw7861eOfP8y+vxvcPQU1qqm/YyO02+q+1D9pmgMdeCnbv4anKKxkwNE/fOSXaiqIlD9X4ggvLGPFvwZmrZZxG6w/Hna6m52/0j9Oh9q43j26PyTrYR8mpaS/XnbiZeJi1r8TT1x1b1nBvziMIG/PStC/jOZwBzEYzT/QuRF3rl6hv9HadkQGqcy/jOZwBzEYzT9dsBe0g+/AP9C5EXeuXqG/0LkRd65eob+4/x97EjCpP2NpqOvN8e6/Dx6krDbJ0z9bWlaVMg3Vv9/hZ7mZo9+/uP8fexIwqT97h0ZlnATpP5bVuikXwdE/+DIz4TC51D9fljjt/7iYv+NVIEja/re/ExceA0RU1r/heqMGlLHBP/gyM+EwudQ/LfsSzuLryr8t+xLO4uvKv2FGVBzS88S/aLqAyrvIzT9ouoDKu8jNP5NV8ibr582/YpT29hbk2r/UHUhQ7qDBP78sbHhlccq/zSJUCBaR1L/NIlQIFpHkP1EgTiwCGdO/xidgwD2Blz+BK2mKW7XpPxSc3klhscw/FTbLYzbbwL+sXtSHuYnRvxjhyGt4nNe/RjLbs3752D9Hf9FAaQ7Tv3LY7/NClcM/CrCrCefwrb+C30ojz5HaP4VSHsUtrMm/gGx3gXB3uz9SGG8S5JbiP8OgdeMS5tK/5PEI5QuC3b+3RLZ7GTrFvwxtwNnd28Q/TqfMCHWxvT/AWtHLzz7kPyVVj2hTo9a/cYYaLwHfyj89e5ZoCKjfv4U0tlMoFuM/OmZbxTaY57+4sw222Tfdv22Z2TCx57Q/IkPGSiRZ5b/1D6skLrzSv4u80fBH2aE/NHfHwwaz3j/uEKjfS9zWv/JISokOg96/4gUvb+k7qT/iEqDdyNjjv7d9Wb5JvdC/X6k0+vjbuD8CSTx3sjHjvwJqixIHc7o/gQC/HYY5wD8CSIzRlWiMvwJkk5xaY9q/4ZORI22O4T8CSIzRlWiMv/WbGKF/XNW/gFSgfG5/5D++o+pot/fCv2X9MeXKDrq/cKKD2xz/v7/UCxOu5QavP9rT7DUhA+u/zumFy3zA0L/N1GP5Y9PRP87phct8wNC/I45/cZihyj/q0aRwI56UP0Pwq3qT2No/ZXwcKMDpuL+Ju52a9L/QP7otyISxddW/Lil28QUa3b9das1gcFG+P0vbsK0itLi/EEocFLx0lz8WrMIJYXHOP5wRW8dSw8k/rHSeR2gXyb8TMVxdpf/cv9fxIenjOuW/vlUAjCHBzD+RCA8jyk2NP/Hknfw+eee/zNf1PeFvxb9UQ9wRIE/KP+tGaCeJHd6/8P/h5z9XxD811GkoeKHRP0i9EFTDEKq/5/VmPWid1D+DXmdHfoGsvx8uVi5cKsE/o1tPZyBcoL+B2vFxvUXDv5QZQDvgNdM/Hy5WLlwqwT/XLlymszPEPxKcpy3C79O/o8HkMYM9rb8OdPujt1XnPxKcpy3C79O/7m5xjWvb2b+l42PlVVbbv+kVJJz45OI/XQ26y4ic1D/22W9pB57XPwgTtkihEeE/IE8x5Rkwxz+rE5cxzerOv3ZaKd9KGtA/8fY8w63As78AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH63pjBJ92/YkPlbsL6yj8Qv5YCLLbCv+Djg4ApPbm/0W7HefiU0z/+8RXmjtmbv1lgHycQlti/JXv50VTfuL+FguumXPLiv6WzhO5cv8Q/ieub58vG0L9KFUNaxIDIv5LmXyql7tQ/pVAOrl7q0T+yEUcokEywvzMxXEnxO+g/Td/d1A8qyr/NYQKAShbTv9X484xj38I/DyRRbUfhyz+UtYD0KyiRv5zCcVzV54G/OhYpodzP1z+V063YhFzUv4+zlyRPhLS/ObFIyWRYzT/8a36gICK2P1AJ7SOT1tK/NvhyKHcjvr/4LI9TXxyYvyLbR3kq1uK/+CyPU18cyL8AAAAAAAAAALphq35HFbK/WUcdadMYxT+CohAaJTrqv6aFigv1Fs2/g1y2gpIOyr8+Cg5xzf3Dv2Lj4/jQZsA/qanX23Ag1r+qgVhbwdDSPyN7KpH5Pbc/uoEJpCVHv78iLKDWePTUP6wVOLDCuci/L0nnD1s4ub+tlfZR4ErhP8ngzOsXpm+/y0cdSpiM1j+RKBlFSjibvzazGUMGxKY/h22oXRuPwr82kYEOkXzQP1r9X9QYkr0/cgHEmTO8qb8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJDOJieG/9e/A67qOqx/0D+QziYnhv/Hv2KoC+x2/8q/NILwsGf/zT+QziYnhv/XPzSC8LBn/82/zmU6M6vN1r/uF0suUY+RP0+0VSC2tMW/xLinuQj74D93tGBa4h7EP6wW813vPZ6/L+qGr+fe4r9nsCFGJIXUv22eMb/KQNk/3ZsnNU7Iyb89hP9XsuLPv8e+v75u8MA/f6rXTr0L1r98s08S6q3Dv7IZ5wUPILK/hjrbhbRn2z/dZ13ZXlrFPwi206yulKg/9Qt6Ap9fsj9D1gsF8y/Cv7zuE9uWOsW/lYh/7oID1j86OdmeXI3Zv0APHem9irQ/txPpMIxY0L977PmUEM+sP+sB4vNHfMe/OCA5ACdq079/E1WR7wbFv+oGlXw8+Mg/xiociIPHpr/dnP9ZZ4q/P0MUVZHvBpW/zFeqdatIqj/7S+pg+DnOv7K4OQ5+Bca/srg5Dn4Fxr8/GTouXe7PP9zKoT0pJqC/B++xWNEEyb9bJSqjJATMv+riweMJ78w/L05zBqAFqD+agYQGr0W4P2zVNsgpl94/tNpMBMADUL+RiDIIJofOP+n668RKVNI/UBuNhrZlyD+Xj5cxT1DEPx/DVOh3xdc/t4lHuLlI2T9j+OCShRngv/so9ozjCsa/OR1Wmrj7v7+3tQJkgWywPyJGgzFEX8+/qBmRDC3G1b/Vg+1Cl86fv+MwjlvA5ZA/H8TEPKCN4z+6xCmsRje6v8Rbl1Qpgs0/Fy/dcUW0sT/DOHxCB5tXvzFk4/n4rta/LvRWwVG4378zBEHKvajQv2p4Ds0iSMi/3kldP1WF4D+PHWkzDajZP1+04FQ0feK/FbCQaiIV079IggIO0yXbP3oDS4KfrbC/Ed694HJJwb/yvIApWE3hP5VcuCRh1c8/+7nNF2ce079PlGyoVaDdP4t4za2x5qK/cv5EubQbuz+ptD0h3QO1P8QD1a8+Ntm/trlKNM0JrD9JuKrodpzXv5PU0cOJHse/d9LTb14T1D9JuKrodpzXv+3vhNXxEsY/t2a9Neqe3j9NUa2XDTS4P5yVRQ80Ob4/hjVTeQYKzr/cQwxAGJLgPy4Qzi4tm9Y//QwVIOcusj+oDkBMuXM/P2/VaoV5KNQ/GtDMwGhgsb+I2g+9fzDVv1SwUJ+1IM6/mauBxGvgwb/kb5t2YABwP/ct6bGQAMi/ZQlLEvPoyL8jRPzDG1afvwJj63fg+OW/ZQlLEvPoyL8PnY3JKRPEP9u0BIMEqqu/wUHPcecSxz8rcHpitxzDv9ZJXS4lsMK/SY4PTp+Owb+stk4U3HnCv+XYJyQZ6cG/uCvIQj0+xL+PJWKMPcLCvzrV458/zL6/Ll0FI7Q82T+GpyisZMDRP+1Vq72+Xs6/YyO02+q+1D+5/um0kQ/ov1HhefMtPtY/Hna6m52/0j8EDVLFHlvMP9zJNP24gra/zC0vUwI3wz/CBtEs1NDRv7k4ztf4KsA/i1fYnu1G4z9dDmUtb6DUP+oeU9YGRK8/6f3tCK/5wz+6P8qar5TGv3VLxF3aA8c/FxPijgTYtL+jxYK+sMq7P0BagoM5f84/QFqCgzl/zj+4/x97EjCpP+y0VE5XNqe/w6y0zLKbXz+sw1NKbHLIPw8epKw2ydM/9Gm1LkYGT79RHnaDgZLyv+NVIEja/re/vz9NipvIlj9p8ITk+pHNPwu/Z3RXLdk/afCE5PqRzT/anBcO5KGnP2FGVBzS88S//JF/ejub7r8AEv+WbtzUP9LsRxwkub0/2pwXDuShpz+atx8+ZuDRP5YcRWLk5OC/xidgwD2Bl79RIE4sAhnTP9QdSFDuoMG/vyxseGVxyj/UHUhQ7qDRP80iVAgWkcS/Umet/+6Qtb+rEd76znTXP33Ay7LIF9a/PJf1geOLwD/0xIhv4taiv3LY7/NClcM/g2O9Tzev3b8A8i5BtsPAP8Icb0Os688/hVIexS2syb/CHG9DrOvPPwnB3gfv0KG/IsoqItT90j+jPq/jEWrUvwQ4CdGHOMK/zmq9e84+zr+/eW2Eb93HP06nzAh1sb0/nlzn7KNy0z/AWtHLzz7kP3GGGi8B38o/VcIdrdV6z7/BZOUQT33Jv2PYkCYFgcC/qbb5HqltyT89FDK7L2vPP4lt48C0udi/bZnZMLHntD/m52ie/ozCP84yYS4kpeE/0NpQsUb8lr/m52ie/ozCPzZoZFuRW8u/NmhkW5Fby7+3fVm+Sb3Qv4EAvx2GOcA/AnAIdpOXgz8h7lTZaw7gPwNuLRg6Gq+/gp96P9Gc2D8CSIzRlWiMvwN6HQSTOc8/ZYx0ERAm2j+R31BThprGP0N2E2Tg78W/9ZsYoX9c1b+o9QiPJKLbP5xQt5jSsdU/nGYd8U1crL9na7ne5zG3Px91nhY/f86/4hUxloR9m798XRUeUK/iP2u/QSdL5rK/zdRj+WPT0T8luMMVynvIv7Y+uc+Si+E/QXGiBDPRvr9n1NsJYDS4P3E+6rJPF7I/QXGiBDPRvr8GIVqwOEfSP7otyISxddW/vQa/cSCF1b9XiRA+tcfDP7WtfCQVPeK/JLNKTy5c1D+VOUUnIo+CvwFAyOC8RLS/rtJYm61Koz8+3uTST1vBPwBtOAAGQpy/nZdrWIiD4j+HA279qCXYv7Q11VHfxrY/1uvchjAP3z8IogLUQQCzv04PtUGiO+Q/IPAQmTzI1b+UGUA74DXTPx8uVi5cKsE/BBtMK49I2T/XLlymszPEPx8uVi5cKsE/MF1MhgjF6L/4T4n66Rviv8bY9cp2O4a/2nugSwb+zr/G2PXKdjuGv9D6ptCIbds/rjO8+GqKtL+8PFyFpPfTv4eCe0ebLsQ/Im8z/J79379ut8WpHC2RP10NusuInNQ/3q11WFHmxb9BoEihQVGwPwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALHYwsBUv7+gJcGj98HFv9Fux3n4lNM/UVlAh1rlzr85k8rkeH7SvzmTyuR4ftK/MYzrRMPNyL+ls4TuXL/EPwkd1wdLMeK/pbOE7ly/xD/dRmbBdZypv1ziZx58Udi/XH/x3X18xb9zGD0jo/blv/TTlRWNF9m/LgQ8TObx0z+Ef1SEhL2/P9sJ4Ksne+Q/aS+ZLMrz3D9hmKcfsSrNv/TTlRWNF9m/zsIi/YKpoL8liEX2nUDHP5vzw4y6NMQ/ecDToZh9yb8PlYFz5zm8P8SqqgrA29o/rxzHX4FMyj/IH8hIJZ7ZP+pucomBk9A/lxIBPusfyz/4LI9TXxyov/gsj1NfHMg/lxIBPusfyz+XEgE+6x/Lv350H+DcvLo/ZFcvyqsP0L+DXLaCkg7Kv2RXL8qrD9C/79MAbYbh2D9HW/HLRM6DP0PypBODT6O/It0VHPiqwr/haoNJbJDjP0W6qHsreNY/Rbqoeyt41j8i3RUc+KrCvy9J5w9bOLm/HBTM0chApj8oSI4wpfvcv6PIPYiYX9K/5XFStWrBZ7+o4zZ5UpTgP6na4tPZjeS/cgHEmTO8qb8hRzV/HvHNPwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkM4mJ4b/x7/sGl2dpP/BP5DOJieG/6c/He9iE2B/379gUZbOoL/iP+waXZ2k/9G/A67qOqx/0L/9FgnSRxKrvy06YEDpSNu/T7RVILa0xb93tGBa4h7EP2bRkRfit8K/UlGM+suCs79hlyRjthvHPxCHG4NTM9+/f6rXTr0L1r+7roEPrwTlPze8tTTyd9G/ParFrZgz1j/cwe2KNBnQP82szzcVrLU/izSeBOU30r/Oaen5hv7ivz/fGrf+1Ze/R7F1W0p6zj9HsXVbSnrOP08omhmTstC/lQnL2WxS1T+5LInPwXvWv+noQVUSWcG/IVONRWIIkL9fr2SGFmHhv+0agpJ9n82/e+z5lBDPrD8Yrm9cUzjfPwi2f4PNp7e/qHsxgfIXyL9DFFWR7waVv3leCgAFUNi/lzbcnDbWwj8Itn+Dzae3v9HjDXH1KMu/LqSCZ3YjrL+iX2915PjjPyxkSUEPgdK/aSuiXQgPur/pOdHa177gvx6ff1jEUY8/6TnR2te+4L85ZVSUxh/gv1kU34Q/JLI/4AGaxsGV2L+wgtoG+oWZv1AbjYa2Zcg//LtDCDXHzr9bBXFHfbbLv/so9ozjCsa/c+qY44+GvD8qttssZxHJv4VC6AMFc+M/aAKykctJwT/bLkYGeRLRv2hs1Lvnt+U/4zCOW8DlkD+ZsmxDFVfav6md/M/oJsC/4qW+zq3Rfb/0WORJLjLDvyJGgzFEX8+/LeXHYJ5rxz/Z0DULlH2+v8GjpIcW+9E/bBhsnedBwr++YZ34xNWov90tOnGrx+I/Mp51hBRcpz/Bo6SHFvvRP62KA8n1sNM/PykWV86bvL9Ak6OdGYHCP0iCAg7TJds/6LVhI6tLqj+xp4+v/4navzvB0BNqtdA/4JP79gncir+ptD0h3QO1P5qWhWdH9cO/3cFqwl8a3D8be9phIMjdv5ocOLogVuA/Y+CM/x4Nyr+TuzLHIiXNv21KllrXHM8/Sn685voqpL9tSpZa1xzPP2zXEVs2+Z8/E2EhQj0bxL9J0Unl3ZXRv5FlTESdId4/16uP2kyG0L9eE4c9cwfLv55WjAUtk9+/W5H5UIFTqD9NUa2XDTS4P97LNbcGltA/dMAHvZmAuT+EQPakcgTjv9JCb6q+oL8/mGLry3Hgwj+2m8MzkkDYvxc+oM90YLM/mauBxGvgwb+2qlDWBgjcP568i93NCNM/I0T8wxtWn798FywqcHPYv7aqUNYGCNw/s2QJajXpxb+erP3NK8PnPzr/RFirVcK/rLZOFNx5wr8dbljQDJ7CvxBsNj5iH8K/IIipl58SwL+stk4U3HnCvzr/RFirVcK/JAEILI5Z5j+wouy9ayzVvzNelF6yYci/vOOXaiqIxD8F2AEXPBa9P+Vom3airtC/OtXjnz/Mvr/M2ixQtV3aP4NgpFz1ety/3yKQzgtDxj/cyTT9uIK2v7MtvGMA6pC/wgbRLNTQ0b/MLS9TAjfDP9C5EXeuXqG/DEnK6qPp4T+vgqYssC/ZPy6ujjhb7Lq/FxPijgTYtL+Xo5R1MH3av4cO4o4E2IS/anhYXgNG0j+GD++3eTmWv6zDU0pscsg/msMb6XC+vj+fh4cZxrS3vxEPv/jLBtK/cZa+dtaksj/jVSBI2v63v5bVuikXwdE/9Gm1LkYGT7/b/Wm57dfKvwCL6W8d4NG/T1wtlBBk0L/PeVjjih3fP1xubCNy/7e/ZCubcVwvP79nCrARYmLQP2MyyBgCbtO/OYPKuALJsT8GOIlqE8G3PzKdAFfEw/M/vyxseGVx2r+/LGx4ZXHKP3kwdUKDpew/WBtCdNoo0D9CKmacUfnYP7gxeDCNYb2/WBtCdNoo4L920OOIb2vUPxE+184JBdC/tvm5uVT3yb/0+uSEzgrhP73poeOto7u/SnfF1ZXkw7/0xIhv4taiv4ZPvIVvCLW/hVIexS2syb8A8i5BtsPAP6JBESPQDdk/okERI9AN2T9FjpHFK7TMv4Tc6OMQ7tW/RNaQF9vx0T9pUWMmqzvIvz89XvfIari/pFa4TOxtvr+3RLZ7GTrFvz+2fBEWUKc/6RRUmQTJqL9LKqU0X3HAPxbnPgBKc4i/U5z/Dni427+4sw222Tfdv5/1sBT9BrW/9zXJwot+xr9z5RVtbGzMPy8/JRpEDNc/ZItuKQ4twr/Q2lCxRvyWv2SLbikOLcK/NHfHwwaz3j8oFubY9ryyP/ir1vhB7dA/AuMq2405yT8CVAGrzpzVPwJkk5xaY9q/gpexRos5xj8i9h3SsXHivwLjKtuNOck/AuX7XSeNu78iV8tEAYPPPwYnyXeXd+c/PusL/1kD4z8BQWqX0Uzbv5yEoknYisw/vtfVGb3Q2b9DdhNk4O/Fv94PMZaEfWu/qVlWlQ96xb/N1GP5Y9PRP8emYMzxw9a/ifcpjBRD1b/HpmDM8cPWvyW4wxXKe8i/+IHEMtFy2z9L27CtIrS4v2fU2wlgNLg/hIYWxnzO0z+xw7nbwZLbv0FxogQz0b6/M179xX0L2r963ec6s9bbP1eJED61x8M/rFxTc6F94b+bwhmtUYfSv+BKZDbvgti/4ZmlUPC+zz/vXmacA5ugv0ov9cjQr9C/SL0QVMMQqr+ZF2RSWJnXP1Dy2if/zrA/IK6ZT/t8kz9Q8ton/86wPyPAc9PILdK/C2PdHArbgL8hsssDHWa6v9wYOsOILNA/71eIjKscsD988BNV6EzXvwzvB2U5OtG/8dv9YWxYyb/ae6BLBv7Ov8bY9cp2O4a/Cv90fklU5L+rnM/IyfzWP2IRwiC0d9g/o8HkMYM9rb/G2PXKdjuGvySQqP6qw7m/3q11WFHmxb8QJ998yRvTP/H2PMOtwLO/dDm03D5Utj8gTzHlGTDHP96tdVhR5sW/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARLYpWKhDXvwW4Qtm3NuU/gcZftV4E1L9hsASdxhngv/KpDxCOBs4/gaJGXVu43D/B8hXmjtnLv6VQDq5e6tE//xezA/Knpj+cGzfsgWzTP2XdK2FVedw/t+Mf8xJltz+SD8Prn229P4DfJ+fpx8o/XQ3B7kG8uT8A9m1TFU+8v+mxvdcE4MU/MzFcSfE76D9r9zBwPJfXv10Nwe5BvLk/1fjzjGPfwj+Ps5ckT4S0v9sCT2XuWcC/9Uto7OpJ1j+Ps5ckT4S0v4+zlyRPhLS/f+DpVc5V2T+oM/D0JeWjP4pU5HMNl+M/umGrfkcVsr/4LI9TXxy4P+pucomBk9C/+CyPU18cyD+6Yat+RxXSv/gsj1NfHNi/7Ic0HFuIzD9c+0xWGxWhP0db8ctEzoM/zaos5CPZ1T/2a5kO3ZPRv2Ez4vkvBse/9muZDt2T0b8cdrdcx63BP90Pj4wT7dE/rBU4sMK5yL+7gYbnYGnQPxwUzNHIQKY/Iiyg1nj01D+lX082EXPVv9FIdvsel8W/420ZRCj+uL+RKBlFSjibv0K1y6UT2cQ/NrMZQwbEpj/Xa2fhGunKP2b/ETcmp8u/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0gvCwZ//NPzSC8LBn/92/kM4mJ4b/p7++9EFilf/UP9WHz/+cf9O/kM4mJ4b/t78yK3uTkb/lv3CRFCZtUtK/+QJ8R+0F0z8qnSlm03rdP339T188XXm/I3rdMV6uy79SUYz6y4Kzvy/qhq/n3uK/zazPNxWstT+Ij28ENyXNP0y/4wC4oMC/LZWnWnnGuz/cwe2KNBnQPyenl+HSCsc/9Lujk82f0T/Oaen5hv7iv5UJy9lsUtU/9Qt6Ap9fsj8/3xq3/tWXv9EVz8S+19Y/Si7XmmLi2T9lT1UDu0/CP9R1h7caadE/zIajzoNIsL/rAeLzR3zHv6S5zjHKi8Y/VYLXhrV61D8Yrm9cUzjfPyzaC2KQYOA/O8I/mIC207+KzEZ6YWi5P5c23Jw21sI/CLZ/g82nt78mjlEg/y3Sv8GeuIw558U/x1MDHiSe0j/2lee/N/jmP7Bbou13A8+/aSuiXQgPur8eXtGGK3bUP1slKqMkBMy/8eX9wHv02z8qxgNPcKOAv3DopgbNxbi/8NFfR252yz9QG42GtmXIP9sbuAbcBam/2xu4BtwFqb9a51AGgoWXP8seZAdyhts/JDdIEdpjzT/mFi1YPU/cP7I2b0j0vqQ/2wKLWrHuub9o1vblAybavzGW6bVFqXu/da+y6utk5b/Vg+1Cl86fv9MI3cJaguA/lm74bBNVwT/hKeDmWGDEP4vPsz25SMm/qZ38z+gmwL+Iiz9nt0bQPzKedYQUXKc/3RDxqx1xsr8wLJ1dpTPbvzI0EmLbq9O/aajfZEBLy7+Ft9VH1OzKPxWPf6GAurc/rYoDyfWw0z9Ak6OdGYHCPx5UNn6BrNY/ZTpWABY8yr96A0uCn62wv/K8gClYTeE/PykWV86bvL8WFcpLexLQv4t4za2x5qK/i3jNrbHmor8eJKYoxpnAP4t4za2x5qK/vQBeeKZw0T+I58sxcZjRvyUNIHqvIra/d7k0c/cZ2j8JCyImhBfTvwVgIpinleK/Sn685voqpL9tSpZa1xzPP4XT0hn0mOW/W5H5UIFTqD8a/+eQ4xnVP9kzuVE7iuC/4Ix8rf/vsb8v0RQlJvW3v/LcG1VQF9I/XhOHPXMHy79BFLcOZxjRP2/VaoV5KNQ/H7tp+Ii41r8HtsTAgrDVP/XkUrmWAMk/GtDMwGhgsb90wAe9mYC5PxeujLqw6Mu/D52NySkTxD9c+EshbBPBPyNE/MMbVp+/OmN6fbDD4T8mi1LCYhLNP3wXLCpwc9i/gSNA+pJDwr9IAWfqVdTCv12hP7fd3L+/Ov9EWKtVwr/WSV0uJbDCvwJqFKy3oMG/5Et/wM8uw78=", "shape": [7, 49, 7]}, "rtol": 0.001, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float16", "eps": 0.1, "momentum": 0.1, "num_features": 49, "track_running_stats": false}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [false, false, false]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn+jit", "mode": "jit", "plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float16", "eps": 0.1, "momentum": 0.9, "num_features": 49, "use_batch_statistics": true}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false, false, false]}}], "step": 2, "summary": "BatchNorm1d(49, eps=0.1, momentum=0.1, affine=True, track_running_stats=False, dtype=float16) on (7, 49, 7) float16, eval x3 (grad; input layouts strided,contiguous,contiguous; initial values via checkpoint; relation gradient_sums)", "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
