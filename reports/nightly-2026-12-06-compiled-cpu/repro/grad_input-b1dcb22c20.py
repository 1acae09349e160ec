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

PAYLOAD = json.loads(r'''{"atol": [0.0001979377524735864, 0.00012592799590060972, 0.0003340781434964008, 0.00029652989320233514, 0.0001360987507598896, 71.18621681528184, 12.839352572536871, 0.0002571873110326306, 8.258398823113838e-05, 0.00022614232625398707, 0.00031798925991057686, 0.00022244562170198987, 0.0002750587437896761, 0.00020347304498458528, 0.0002093800574254874, 0.00011398222895853743, 0.00035247689266193754, 0.00016781274725119802, 0.0002256811281616291, 0.00022288415406941154, 0.00016700839962537702, 0.0002734729760605496, 0.0002852940629271957, 0.00019115157630503554, 6.727611759937876e-05, 0.0003009469940521985, 6.331730618408156e-05, 0.00024851131028170894, 0.0001875377536966892], "case": {"affine": true, "bias": [1.9239258766174316, 1.6597745418548584, -0.7684012055397034, 0.6897901296615601, 1.811098337173462, -1.1392239332199097, -4.261714458465576, 1.9159245491027832, 0.31192561984062195, 2.80820369720459, -1.3743610382080078, 3.3553202152252197, -1.2327464818954468, -0.6703222393989563, 0.19846485555171967, 0.06233212351799011, 1.3827464580535889, -0.7597091197967529, -1.0575615167617798, 2.5292255878448486, 0.7045599818229675, -0.01822689361870289, 1.3950557708740234, -0.6756304502487183, 0.6005938053131104, 1.501074194908142, 0.8841565251350403, 1.4244529008865356, 1.8826508522033691], "dtype": "float16", "eps": 1e-05, "grad": true, "grad_seed": 11561, "mindspore": {"pass_use_batch_statistics": true, "unmapped_init": {"running_mean": [0.2514604330062866, -0.26420971751213074, 1.280845284461975, 0.20980022847652435, -1.0713387727737427, 0.7231901288032532, 2.6080000400543213, 1.8941619396209717, -1.407470464706421, -2.5308430194854736, -1.2465488910675049, 0.08265195786952972, -4.65006160736084, -0.437583327293396, -2.4918220043182373, -1.4645347595214844, -1.0885180234909058, -0.6326003074645996, 0.8232610821723938, 2.085026741027832, -0.25706931948661804, 2.732926845550537, -1.330389380455017, 0.7030201554298401, 1.8069403171539307, 0.1880245953798294, -1.4869985580444336, -1.8434507846832275, -0.9154516458511353], "running_var": [0.10192718356847763, 0.004461916629225016, 1.5405871868133545, 131.13304138183594, 0.031019698828458786, 53.597469329833984, 40.37502670288086, 54.661224365234375, 289.5674743652344, 48.149288177490234, 0.09048515558242798, 21.536680221557617, 0.4061647355556488, 165.94834899902344, 0.2211136519908905, 154.59475708007812, 130.1668701171875, 0.7887657880783081, 0.707464873790741, 0.1649998277425766, 0.33620351552963257, 0.008117932826280594, 0.1750819832086563, 510.6279602050781, 0.0022681518457829952, 0.058103930205106735, 1.6487499475479126, 0.5176082849502563, 0.0032427064143121243]}, "use_batch_statistics": true}, "momentum": 0.1, "num_features": null, "omit": ["affine"], "param_dtype": "float16", "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [5, 29, 7], "steps": [{"input": {"constant_channels": [5, 6, 24], "offset": 100.0, "outlier_factor": 299.0, "outliers": 1, "scale": 100.0, "seed": 17314}, "mode": "train"}, {"input": {"constant_channels": [5, 6, 24], "offset": 100.0, "outlier_factor": 299.0, "outliers": 1, "scale": 100.0, "seed": 405587}, "mode": "train"}], "track_running_stats": false, "weight": [1.9110087156295776, -0.6435065269470215, -2.574629068374634, 1.7624706029891968, -0.4447902739048004, -0.38794761896133423, 0.057866692543029785, -2.541138172149658, -0.17672239243984222, 1.8981815576553345, 2.9630188941955566, -1.3379871845245361, 2.744265556335449, 1.834692358970642, -1.4862345457077026, -0.6555724143981934, -1.9211082458496094, -0.885865330696106, -1.814662218093872, -1.4562228918075562, 1.1156635284423828, 1.9595398902893066, 2.710930347442627, 1.284906268119812, -2.0400006771087646, 2.9050304889678955, -0.028517834842205048, 2.0192973613739014, 1.0516717433929443]}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_input-b1dcb22c20", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "Es4wj6tFWj8qjawNzrCSP32eUzpRw5m/23gZbBRtcD9NfeIq6W+OPz77eWu3CGa/RYBdY5ShiD90sY7axjmAP4gnyeT8BIS/J3yKeDw5UD9Y53aNXgdtv5HBrL99YHK/9DOUOgUCHb+1VgdevbI6vxiHWbcYVqG/9trikHPrpj/rUAZvnr6cvxBz/BVSW4Y/1COdeUWOjz+f/zZAlQKWv5ybhmco740/VF/vEWeidL9W84UrM4xnv2J1YgS4vIw/sv2KwYXriz8hvbQe++Smv1i1KQ0nE4C/U9CotQMNiz8YmdOhVO95P6XMnFEAdk4/vbqGlJgukr/DJYpUs+peP7RlOOhtAVG/y/LpCMRBVz8cUfRAKvSBP2fncRPx1FFAV9gfm1i/cMCrFJxR2YBLwGYJ7loR9WzANArtf9RdasDjeGnmFBVxQHDbYvxnUV/AzESpQthKIEA22c/krW8/wNnVY9dzcTDAQraSQTT59D/V4vAY7SggwC8y4ODzwzhALGGUzzG3NsB16WtQ6o+iP9DyvJmGE5U/7DI7EBMjcj+GMf4WZiWZPzsLwR5du5W/rhwnn7MXUT9D2nVAm/aRP7biL2qkOGi/kLrhKHEXd7+M+LnEuRZeP5T8uNSEYVY/jTSTiK34Vz9ejKvhm1olP2En9o9GrUQ/oh/pRlOifD/65FxXp5uGv0Am6G/eCZm/gkgkm/akgT8OqwxAqwB0vzqwsrplxyq/FykiQkHymz9nkJ3FBQahv8txWNJvBKq//RLq+U7sjz/zyLyX1n+eP0RPkdQtuau/1SW0Gychqj/VD9rh4u6MP++4h0EY7Y6/G/Wxxx1Yej/UnmvwBAlOPz371BPxSXS/P12Z9iYYkz8oDf1b9NmSv3fX+tM9slw/iAV4s/0lnz/ovOzf7miEP3EJtsUQPJm/DfQVrrYDkb9x00JIrC9cP6Mqq9nF1mK/0GHJfzK6pT/WyRS6Ccd3P2jprBhoPHI/Yj09ZsCSfL+RsH2VIwpZvz7ltqcb23S/jq9w2IElgr9B4SRohG+MvwboiNgs4pI/xoSJW4agV79EKBHScWCNP911R1jHz2W/llOAPk92XD+sRSIe0GZJv/kyHWDbx4S/NOU786vwSb/PpLfWbx9lP5HeDe6mt28/Znx0oyv8bD+GEUy0hP95P1ophGlLFXU/006nJfBOer+Siwowmeyhvx/UaxECuKg/hfst2rOLlr9nefO7gXWXv7UO84QmKZO/fgUeDsmnaj8uXHE2/9FGP/Qi2C2W0XK/UbnDialvhz+i3CNViSGDPyjq/wB/I4S/MMpdXC3rcb86N+wq9xqGP/Jjz3Wlp5i/9xo/KoBEcT/+jchBFB+Cv3COCdWtlF+/UgfMOLkRiz+ZyaoJn9yAvzCkq3j/pIM/wD3SXf9ji78wGUQ0OyWZv23Q47iqFJ2/dw/ZHCigoj8GLpb7VpuCv0coy6w6Uns/aoCHeTPnZj8XxTR+FCKGvyv/bhqil42/1rnhouRWkj9qTSCEO3WGvzThb/9uPnI/XhD7Hm7IeT/nDcVsEf9gP6i3lEMck5S/+w0eMy3+ir9cE3lRvIWWvxZwMDLGFpu/WKUL8MpGoj8wUOokhFiWP6Qm4gaEg5m/+nTTGx3KjD+hh/gzMZWNP0PwHkweeY+/XD63wDTLmj84csjGhaagv2229sGDlIk/1Ozp+nbKoT9cPYD8+SeIvyrEkCseDXG/B0zkJ/KNcD/0ztBSyryHv7t/v9fpAWg/6mEWmgPJfL/PbIfdYIN/P1Rs8WcAjC+/HKkjmNWMBD8yeE3wFC88v7q7kcHtlze/+EA2+s8aNL9CFlskFSk8P7hGetPUW1A/uIwsFrdUM79FTR9xSQ6JP71Tz3kUTZQ/yHjbCxJrlz+oayUXQHpwP1G1qC6/xJ4/Xw9p11vblz9IYiVsjYKTv3sZ2aAN5zy/Q2X2KHVUNz9xjn3PdW9BP2WOCBqROgW/whbMHSEkPT9nOb/ryeAPPzvIvhxiSBG/fDwRhvv7ob89vN51BXGmv6oTLeT+noM/dvRiBb3DsL7PrUb2Wa+YPxku5IFeYF4/acuzqAazlj8Np8/hk6ZAv6zxdUYdI4U/D652KmBufj+hWIwBlgpWPw9hcHe8GnC/CdF0uSdxkD8T2hcKnohsPzgwlFUKM54/Zc6Wv1Q6jr8jkO8tchSAvwwyv5FhjIU/RnelaE7fk7/xAyt4KUprv/ilkOmaJIa/RNnb737MUL/xEbd9p+RgPwkqMGwwFnm/n5pbyEFbe78pk4boIR9tvzMak2OoGnO/4P4gaWrIdr8FvpP2gTN7P0S5ASrAy5O/Nna5lILmoD+K4+RDKmZmvxNU1fk7pJK/R4xjan+CsT9ffeeSdbKNP0Esz64J9IU/huNXMA7RZT99vkzUUkOUv5A4qp6NCpM/mF8AVZy0gz99J8cSf05iP709FwVP/Z+/l71yo8jCYL/dZXEN/YpbP0xQ7nKovWE/DdaB3aloaz8xV9JvbE9vP2ezxHghNBO/lNyDtQsTa7/WYsay8Q40QPlTh7pF0C1AFfkJfbISK0Ci8/2BeLFKQDtV8D4jDl9AYg8EkAMXIcCKfon0twZoQE+lK2YvcAFAoqWGTWw+BECwIhpEHokvQM1MPZ2hCSZAMZuRYdWjFkCrLILEYeQzwGmIqhYT2CfAE6oeQaMJoT9Ek0uN33SDvy+ExuBqwpi/9/85Xm+Pmr9pjYJX8RuTvxK1WDKlzmw/MTKmvvzKNb+D4tHQvQ88P/TIQx2g5E8/3zX5bb6lVz9RCGiDYfhxPzz8HAFekli/UpZemdW/ZT/r133Lq4hpPwrkNYof0JQ/3ljl+oGKkL/RXEBr+yeVv0yYaE8IzHY/V13j5bVIcT9Mym3QwzltP9GAyiLIx5a/GzSYr7dFpT+Awt6GDemXv1A3xagNrXw/MJcgG64tqD+GWRxf3iCJP729l+3SJHw/85NUDzq4pj/updRp+9CQv4N82LA68Ig/e1anH6X7Fj/xxaj9Dxh8vyzwar+mIaY/yI0wg5mQkb90hHuBccKYv9yH+Gqyf5S/cNtv7++lq7/P5F5nZjamv8koyOKafKK/V1fB0lY3Xr8dS+UThtirP49MEWnHYpg/2MTEEMHIK78XGPW73KyVPwvjt4VWVY+/ug3afJKalz9dI3ut7dyUP99qMl7lpiM/oMKWkka+Z78bLSr5niCQv+3csz0AVIQ/oJS/I76mbb/ETtw/YSudPw/fS2HPFXQ/J9WNNNxKo7/HB8vSQZ6hv7oVilFylVi/kt6+d8sZPL+fpZ1s8Sx4P3tGqCJJSIU/taETWZTbeb8BOXIKUqSBv98/CDykNIS/mK2bjdpIiD8ZVUoNzwKWvy7g+aMjCZe/EhfzUqP2kj+/3YjdtZ2ev7eoxH4pX2I/r+Kf+H1Xcz8adTteUFeGv/nNrUKvUWM/QjsjKeWjET+bWfOsDaqHv/24q00ym4i/Gg8vajZOZL9ybqzPXuaQPwj+eplLfS4/9Bkd5dXGjj/6SL7Vv72gP9LPhyWA8J2/c+dgtm70kL9HIdmL3uSXPw0IEVwVOJ6/HcMd8/7iST/nmMGDglaKvzxOb8CoMWC/+dAKI9y+hb9FAT/mwD+YPzjmoEFklxg/7wWSZHL3i79kGF5tfk2Uv6wGM3Uh75m/H7AnpPg5fr+yI+CFPC94vy0EWLZcZ3W/G4nfp5hFlz+xrNchA3tpP2gRrDEZq4G/UHSfpWR7ir/ffsc2w8l2v6Yw1SgHlXI/BYHxL7VIkr+QCV9RbwR9v2wIbVj8jqE/lsd1BeiKmb/QJzIqoYOKP9epMP37P6K/dP7ZPabdgb916kie+5Rmv8O89GQ2fZU/FAQkpJljUb96ditVQR5rP6U9TndwTGK/pNPdggnnbb9ZU+qeSn6ev5OeQwXDX4M//Jx1lOoPlT/+fT97mmSIPy3s7aJFfAm/1JomTLvAEb9exhY/Rmopvz9573V2xyq/4mbsSfEBKT/UKrspskYcPxbUu8SKzTg/aoadtpkar79mZ+PsDNipP5r5dZAyD62/w7k+fjCRnD/GPOOEqJNBPwjnZBNjVXi/ydIo7Hlzg787jYwDDaEbP/qNA55bEzc/758+iQ6WQL8l059sGbksP2t/YOrxxw8/W/FQWCdvMj99WJJGYAQ6P5o+uIsUg5y/A3r0ud2Whz8IbkvV7CyZP9FLbGkUw5k/f8kHNDtjkL803HIG23RZv/DVBE6gd6A/qgQqdDa1gD8AdI0s7xx5v5IJxAD0T2i/l6/suIf1bz8KcQRPYGeAPxvKTk0QBm+//+VEOWwHhL+bcp96xZaOP76cD3hYvZi/zF4KiClnmT+QPn+V5Aifv6yXn64tTXO/gm0Wawu7Yb9inXWuVZoYv2QCTsvluYk/ItTYN4hXcL9b9qHHIRuDv7ZEIrKcbHk/WhE2kogddL9fSKzA5IVwv6pOoTvoEIC/hk4LszDhk7/keAHk8oF6P51x+ayDv38/3clO0BNPpL/PiaeEij6Tv+G1jR8zqZy/Uwm0jjpHaD8sm26KmyGZP1idc8VN34i/xbluP2J/sb89ZjVNY4iCP27Cbas9vqA/0APjZtE+lz+GkJKyARqOP50IZmOrQIO/Fb3l0VLtcz9LXIWBdmNWv3aQkyoBt3E/Wi2EKk2fcz9CuqcKtI82P2+r9A06lHy/MpGwJK4nJ8ARaDnmqwhFwHaluEvPWWtAsvnnFTHfVEAuRakcZfUDwMXdfVhkPnBADOWaxT/ETkBhPvAHeL8XQIAsO0YGu3A/Mq4PZX7C9T+POCBMS0EowNHP9AU9LDRA9OCERGgSJECZtVdlnJYzwO0BLRAyHoC/L0ov4uuOqb9dqKtA3d2YP8NQiKAolYC/wLc6As/ShD+IqMXfcjyLvzdwmNebpIc/glEnZzFAPT/cz0TbqIs9P8NCI4CGMly/Egakl4/ZSr/vXOdV+q9FP2X6nUMIU26/hgFDAfeEZb9kJc19a/Rnv5uKk5viqy0/pOW+B7R9dD/BBg+0/1RmP6eeu5p/KJM/tnyjI6UJST/CBqpjwsGVv8+B6z49dY0/D6DgK3kghL+GYt2XKxyiv9ZLoyNDdK4/zO48S0uEqr/5C2GaTY6Ev9XNPjiUZKs/UfMThNxier/KZN262SCkv1HErQukw5Q/KwDxoO8QjD9FH+mRx1ubP0KOrn/g5ok/LUJQplCSl78pyi+eMcqHPyqbdgzNkny/ivabHWrToD/yUfxylBiAv1tWckwJ94y/fEHLiLMsjj+xEYZaLwaXv1lznrviTXI/6GQwPtq6hD+GGfFMgNaDvzkK5QaEnm0/vaFaMrLQeL9mC+iEr+2Gv9CYscfinXC/MOZqD6GdfL+BExrAS2doP04XIvFA22e/nlIXc1DbgL+be8ZWxieHP4Xo3tyzH4k/Z9pG5dAVaL+5G0Bo661wvwXv1zlYfoK/tPwwY5EUhT85YC+IUBl5vz3pID+A0IG//OUajeEec7/QuSrKimInv2VzuqL/yKY/V5eje1bBob/VS/rwwYN/v2SkeAH1joS/rVsI/uC3mb8pXDc0RdJ7P9+aMas97pM/UQj6BG/Phj+9nAagbQpVv2JqkVLf/46/GNH7MF+4cD/DSd9uNAaMP1z3N0pBJYU/G1ZcUfXKjj9LDZwWcpilv1+ILXTyZos/nxPys5kCob+3csJZklyTv7E9LUysjIU/E3TJUMGhnT9KJQY8souhv5LRh+6NN5U/oJJpAWEck78nHr26PsSFv/w9MaWTq5I/PNOrHzCVlb8Y9oDI4z2hv7S5063sz5w/bLVxog+ajL9kwqmtPGySP/YNGyZmt4I/nePvRL0AYD/sPbQuTBV+P1YXvHP6YnC/xEVly8jDcD+6LlOfRCSjP0wDBNByvqs/vJKqYSCadj/4Dga4foubP489SVisLxO/IGnHOZqemb8v8jWbV/+qv3TBMGH5KXq/UG9utB6TW7/w9ngmB/SgP96uPafctqu/7uImxdqiE7/A827YhtyXP2BCV3U3FZ2/dUmA9beia78PsCRjckqDPwtKSAWND0U/UYC+2w3nNb+EV3cY3Z11P5e73qxj7pE/D/HKKELjk79BuBwJQv46P80WGCe9oeK+tk3/gusdE7800zJ46eYVP4FsJu1axDs/HsLTZpK+Ob9c+xaG+sEVP9PIwPLg8Y4/SSSpm02Qor8KYLgnmq18Pxl4TbQrm36/PbU7hJ5dcD+qmU4a6/dwvyuFi7HyUqO/CJWz3F2rMr/cgqUukxI6v0Yj2mcAUDs/tG6lgqYOID+Qu+6TmEohPx3JgvSSfzq/uRe7ElalML97rGQWHEN0vwqWlQtZ0pk/EalAq51mpz/7UklzDTCVv/DZJu7xOZG/SNumw89Dkz9T8mBFA0CVv8Eov0kXKJ6/Mn9/kdWEhz+5NmsVIgllv586I/3/qkU//oI7ALWnNb+WoLBlK4d8P8h1MdKteI6/hdgnUTXzh79OsjMbHKaQP6eQwb9ARI8/PipMc2xDeD8Nhe21/5uTPzK/cq5zIz2/jZnyHNc8ez84mq7XzdJ0P6OMKGeZ2IY/eqnvIABGeD97uKpLXKR8P+fv9TM2WFe/83ds8tH5aj9E4UNNY5yEP3lbnUZhDYa/h+G98/BCmj9HLdipMQCuvwsK10TiCZI/pBKcPlMplL8SFJQ+MY6rv+/QPSXafYG/2gSMTWJngL9yW0L/H0eRv+j0dp5BN6A/OBD6Mjy4lj8RuDpVuV2ev67HUXqeyJE/yK7jza+Der8YcjiGPThaP2jU5cnhpEI/XhpDIdAtXb+iPSZgDtSAP+7a55A2XIG/YEop08AYgb+PBq/Y9DBxP5B9F4He41fA1kfrEpKCTcD8b9abpm4UwAa/CPC+zilAUIrimJTeTcDuG5KzZ/JgwIIyWNDaD3HADpzmRVkHGcB3rFuBOm8pwMT2m8qoUiPAjWJ2ukhG0j/ZuryxnOUmwOXY+QqPZ/g//UHGixSYREDhIhnoUnNxP7m1NFJBBl+/6DSBlq9tob8z6pGSK22ZvxDUC2Qkg4K/+9V/eO+Oob9ebEqS+7+mPxQSMwq6R22/PpkaJJ2DY79C8MpFCw46P2gujopkQjW/HnWRaKKxO78mYMGASlRTP9npe5GjTWO/2nUo4Fynkz/O7erW3GmAPy9G5oWqlJI/LXMP1Si3kT/Ug3KNVnOlv5PstgEWdJI/z73GL9jdgr/VJUP1+V6TP/+HtNYQyo0/eukIfsrukr9Kj8oCmRWXvxmXQCDQWae/FN2z1zHecT+rf1TjyQFyv3YZ/O59B5s/I4JmD/sDV78IhHSkcJFtP0rlMKLCaB8/gFCbwKCASr/tkWEKuKmDvwAPRQQCwoi/OFwJBinpgj/5RIdlY5aYP3WGLQK3J3S/ABXqo7nBjL8Fzcv3fRKUv/MaZY/0roC/geB4Ww49gb8pfVHkHSyMP6iC17jt4pi/areLxvtKeL+4WTaR8jJyv+xJLBeh6zC/kT6xTRNoj7/RRb/QB3FYvyYq5cQVE4q/dkLDY7v/YT+ovu/hFcaQv4Lqd35St5W/iVntloikkj9UhbzOKidEP1wNuaJhSWU/WnqT7KQKg7+f7FIdJFWAPwEa2j+BNXO/gX0WjpjuZT+gynlgrTs1v8usR5e9joE/yoJi3o/Yar826430HDNBP6+8IE2z25O/c/z8H1wrYL/pJDio4YKYPzCTZp0jHLI/19K9J6XUgz+zH595c5WSvzQIcHigXny/NMRIUas7jD87HI3x7H53v7FkwEfnq2e/jTB7TKmKib+Ql10374+EPyt8+Ko9i4i/qFCxmhB9lT/9RpV2isxmP7SukP26LoK/B8+voyrNfr8y+yWpT718vx0VHwhvA5I/K77fxVCsh78voAz5q4KBv7GH1oY8S46/iRNexmsIfz+5m1ydwDOMvwQHYbvVZJC/jseKMQIscj/X6CfBIEOYP9v5jvw1f3E/3/5AOiS3M79xIbMGOE2Av2xkVaygRoS/5BCmtzAzZD8DJsN0vbB7P42WnrWgTHM/LXcMvML6dD8nMXBq+HSlv/6HXhdyBow/9pXBM4Itkj+GqFFL4pOBP8xIszC94ZS/u7HvsaUUkD/EfPs+93Z4P4Y/UaoC6ZQ/zwpHDge5i7/fzGsS0fqTPyCg1Jyh8Yk/srQ+SM1Mib8EgFAWcMCJvzt3JggMuIm/5NCm2QhukD/IZAjrjs5jP7/JAA+ic28/K0+AXl3Mfr+ufnd7U5yOP0jaKFumBXo/oE3RfaGK8j6d4l3wajEJPxXdOy+hsC8/leAzr9chV7/jTd7ZeH0iv88OsdtBvCc/XvANPbqCMT/C+mF/F7Riv5n9nHMiPIu/V0Y2fIW0nz9YyV3O5OmgP9+SO/mLy5y/K3OE9WyMYD+zu8i97myNP7Efq1TeAic/xdDS/6JXGD+okFf57jflPlMk1odd2S6/SMY9BsC/9j4GRSLJkxMgP8SyVYfilSC/g8UBzIEDlL+97vff4OuMv6H6uSFpbWm/3sHshKNPob988l74wAduv42Sh+FMjII/vwKMZwvzdz8TLl5Jyw+VPy38aCJ7oV2/pyifYgA7eb/A26sfIaF4v4Ed/dw243s/uMmnaPCtcz+IB5P4T5yHP1QhE2/WAZS/mCOsZAIlc7+ZP5mw4GSOP8bZr3B+UZW/GmQfbe37iL/Gv+olbKiMv9TgDydqsZQ/46f0SEz9OD/J7LriVjRzP+5J2x1i2nY/n0+/LfPGjr8uTd819fwEv2Dkf7iUY3M/9auR0b8KdD83n4T7pMyqP3o32XxBqGc/dPwAI1dQhj+2sG9IVGWCP25r3snAK4I/v3tRoM0PhT845PXPhm+SP54cAOHAllu/12NDMCY4lr8UjU4PUdtHv5xQfNPHO34/ERG94tkrmz/Yxg4tBJqGv7StTHNaDXa/danyE3wJh78VpZ9tSt1iv8E0HvmhC3k/AjzVFc3zV7+Xkv/hViN2P98QdBAcB3w/hzoHj3OxYL9/wp2bqNFfQJJMl9hYKV3APHzZsuxcXUBjkdGw8sNawL5VShW0eTpAzXnCWWCWMUDxG5HIGbVdQHOQt0DlpDbAephOuNMHNUAh+z3dZEgAwG7UGTanSDLAxLLDIgNFN8BuUuxSy541QJQ6+X3Y/UpAwEF0hEDQjz+k97Ee7f6GP54DId8gDoc/MW5oSGAhnD8GIOpp3miHPxKtlVnzpaS/mVZKRnnGhT/DgiCyKmlBv++SeY0WpXA/+XuwpQEDLr+uKAVdmzNXv7rfInW9Uxo/cIUgyucRaT8H30UYsIZWPzH65Pircyy/jA5iE5oycz90HEwUJtKCv46Hr2ghHo+/l7M9ei83ij9At8h4XySfv5Qom3aHbpw/cTNuFel7oj90LfdopLZ9P2QELbyVNWO/1A6G/FRuor+B9vPc1kCev44SIEiFc5u/0GkToGegmL81QUgE4NGGP2LSi6NWK3Y/gsxqKucHIL9nPyZUjqKQv7i4hZSuOXU/cJ5iHMophD+YAXW69UN5v39bfP+qi5g/t0dKCz82pr9ijW26daWZP+leMaKV7KA/UslrFQCogz+O/0lFQE6KPzwHl5peLIa/hAT71LNvk7+Ucytn1ICgP9f0/Tg6/X+/tUk6k7tpdr886+X9I+mAP/I9vSflW3W/NCnbcHQynD86aYZPSgOBPyuSnP/d/IM/IpCMWkmGgj+ARPV4ayuGPxCIukYlz3c/07V2klT+Wj93jrtB1FByP/rpvKtfOnY/Ix53aHtHZD+AhF0pQbx8P2NcitBUDj8/0ISk0sSXgb9U4/P+zIlpP5/D705oBn0/GQaKiENuhr/8htCddf+aP1hJGpOfAZe/yv28Mlbdj79C1jGf9eOfP3xjOtZSL6I/QlLTjm4olL9BwIPHPc9WP7oamhReSYO/y9tabHglgj/xrrd4u253P+fARRByFmU/XqlAkuXsdD9wJs3JIOt6v+Obj/T1Vne/pYnW9X3Klz/D48S9LemTvyZoQ4/17WE/jAax/aGHmz/v/q5nqV+ZPyvhkqzcbJs/yinFPl/UnD/zt+8fTs18P6QcZwBmJmI/CHg7yBKqmr8bZTF2M+2OP0vsC1VVO4o/SOgYM5XDoj8QhZrwIdWDvwPxI7NR+pI/jkFT6VF+bz9pFkKT31SOPy6wWayxppG/pOJBvzlvdT/3BYuo8LCNPyvY2UGfrnM/8vwAtWbbor/XqDklHeGav0JwNDLUO4y/I9y55jUwVL9zz/vBt7CSPxnigfqwuaM/dHFnLmtXlj+T0v7A1Ul5P+ShqaJC3Ya/+l0lhEHuhD/pGwRKE7mJP5aomgSWUpQ/JLfJtniLob+ur9fraryIPzk8xLpKF4O/tSWOx2Wkdb+WiBTEHJt6v8cual9HFIS/UyOTWmfzfj9FI/i9OcOXv2Sa/8puNh6/bMhrylIjQL9uWPqDn4Q/P4dMOWgqcCq/PBFKLFlrOT+Z7wU7fx6SvDuqUNiHJf2+dWajLoJ/cb/wHmC5tHigP9yF6xQ7Boo/NfZu4tH/jD/6H8wnDraiv6dn53h6rIw/RuZCZf/iqL+5IJ8Y9OIuv3nRZCMVIDa/H7edUSL4Pb+tswGyJT8OP1nIyLDK0DC/ZcH3jJV0F7824IUQBZYmP0+q1SnQJZi/qvrlCfEBgD83THuSreyHP08EfNw/1Y8/GfCQszfVmz9w6Wmv1byFv02HRGPFgZa/p42xEv1/WL98KAJFT82Fv9d2sAPgCp2/hmzXrRXydL+9PUI/MJpcP8Qp/7kHGn4/HC9nBOcfaz8=", "shape": [5, 29, 7]}, "rtol": 0.001, "several": 4.0, "sides": [{"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn", "mode": "eager", "plan": {"assigned_init": {"beta": [1.9239258766174316, 1.6597745418548584, -0.7684012055397034, 0.6897901296615601, 1.811098337173462, -1.1392239332199097, -4.261714458465576, 1.9159245491027832, 0.31192561984062195, 2.80820369720459, -1.3743610382080078, 3.3553202152252197, -1.2327464818954468, -0.6703222393989563, 0.19846485555171967, 0.06233212351799011, 1.3827464580535889, -0.7597091197967529, -1.0575615167617798, 2.5292255878448486, 0.7045599818229675, -0.01822689361870289, 1.3950557708740234, -0.6756304502487183, 0.6005938053131104, 1.501074194908142, 0.8841565251350403, 1.4244529008865356, 1.8826508522033691], "gamma": [1.9110087156295776, -0.6435065269470215, -2.574629068374634, 1.7624706029891968, -0.4447902739048004, -0.38794761896133423, 0.057866692543029785, -2.541138172149658, -0.17672239243984222, 1.8981815576553345, 2.9630188941955566, -1.3379871845245361, 2.744265556335449, 1.834692358970642, -1.4862345457077026, -0.6555724143981934, -1.9211082458496094, -0.885865330696106, -1.814662218093872, -1.4562228918075562, 1.1156635284423828, 1.9595398902893066, 2.710930347442627, 1.284906268119812, -2.0400006771087646, 2.9050304889678955, -0.028517834842205048, 2.0192973613739014, 1.0516717433929443], "moving_mean": [0.2514604330062866, -0.26420971751213074, 1.280845284461975, 0.20980022847652435, -1.0713387727737427, 0.7231901288032532, 2.6080000400543213, 1.8941619396209717, -1.407470464706421, -2.5308430194854736, -1.2465488910675049, 0.08265195786952972, -4.65006160736084, -0.437583327293396, -2.4918220043182373, -1.4645347595214844, -1.0885180234909058, -0.6326003074645996, 0.8232610821723938, 2.085026741027832, -0.25706931948661804, 2.732926845550537, -1.330389380455017, 0.7030201554298401, 1.8069403171539307, 0.1880245953798294, -1.4869985580444336, -1.8434507846832275, -0.9154516458511353], "moving_variance": [0.10192718356847763, 0.004461916629225016, 1.5405871868133545, 131.13304138183594, 0.031019698828458786, 53.597469329833984, 40.37502670288086, 54.661224365234375, 289.5674743652344, 48.149288177490234, 0.09048515558242798, 21.536680221557617, 0.4061647355556488, 165.94834899902344, 0.2211136519908905, 154.59475708007812, 130.1668701171875, 0.7887657880783081, 0.707464873790741, 0.1649998277425766, 0.33620351552963257, 0.008117932826280594, 0.1750819832086563, 510.6279602050781, 0.0022681518457829952, 0.058103930205106735, 1.6487499475479126, 0.5176082849502563, 0.0032427064143121243]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"dtype": "float16", "eps": 1e-05, "momentum": 0.9, "num_features": 29, "use_batch_statistics": true}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, true]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn+graph", "mode": "graph", "plan": {"assigned_init": {"beta": [1.9239258766174316, 1.6597745418548584, -0.7684012055397034, 0.6897901296615601, 1.811098337173462, -1.1392239332199097, -4.261714458465576, 1.9159245491027832, 0.31192561984062195, 2.80820369720459, -1.3743610382080078, 3.3553202152252197, -1.2327464818954468, -0.6703222393989563, 0.19846485555171967, 0.06233212351799011, 1.3827464580535889, -0.7597091197967529, -1.0575615167617798, 2.5292255878448486, 0.7045599818229675, -0.01822689361870289, 1.3950557708740234, -0.6756304502487183, 0.6005938053131104, 1.501074194908142, 0.8841565251350403, 1.4244529008865356, 1.8826508522033691], "gamma": [1.9110087156295776, -0.6435065269470215, -2.574629068374634, 1.7624706029891968, -0.4447902739048004, -0.38794761896133423, 0.057866692543029785, -2.541138172149658, -0.17672239243984222, 1.8981815576553345, 2.9630188941955566, -1.3379871845245361, 2.744265556335449, 1.834692358970642, -1.4862345457077026, -0.6555724143981934, -1.9211082458496094, -0.885865330696106, -1.814662218093872, -1.4562228918075562, 1.1156635284423828, 1.9595398902893066, 2.710930347442627, 1.284906268119812, -2.0400006771087646, 2.9050304889678955, -0.028517834842205048, 2.0192973613739014, 1.0516717433929443], "moving_mean": [0.2514604330062866, -0.26420971751213074, 1.280845284461975, 0.20980022847652435, -1.0713387727737427, 0.7231901288032532, 2.6080000400543213, 1.8941619396209717, -1.407470464706421, -2.5308430194854736, -1.2465488910675049, 0.08265195786952972, -4.65006160736084, -0.437583327293396, -2.4918220043182373, -1.4645347595214844, -1.0885180234909058, -0.6326003074645996, 0.8232610821723938, 2.085026741027832, -0.25706931948661804, 2.732926845550537, -1.330389380455017, 0.7030201554298401, 1.8069403171539307, 0.1880245953798294, -1.4869985580444336, -1.8434507846832275, -0.9154516458511353], "moving_variance": [0.10192718356847763, 0.004461916629225016, 1.5405871868133545, 131.13304138183594, 0.031019698828458786, 53.597469329833984, 40.37502670288086, 54.661224365234375, 289.5674743652344, 48.149288177490234, 0.09048515558242798, 21.536680221557617, 0.4061647355556488, 165.94834899902344, 0.2211136519908905, 154.59475708007812, 130.1668701171875, 0.7887657880783081, 0.707464873790741, 0.1649998277425766, 0.33620351552963257, 0.008117932826280594, 0.1750819832086563, 510.6279602050781, 0.0022681518457829952, 0.058103930205106735, 1.6487499475479126, 0.5176082849502563, 0.0032427064143121243]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"dtype": "float16", "eps": 1e-05, "momentum": 0.9, "num_features": 29, "use_batch_statistics": true}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, true]}}], "step": 0, "summary": "BatchNorm1d(29, eps=1e-05, momentum=0.1, track_running_stats=False, dtype=float16) on (5, 29, 7) float16, train x2 (grad; use_batch_statistics=True; MindSpore-only initial running_mean,running_var)", "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
