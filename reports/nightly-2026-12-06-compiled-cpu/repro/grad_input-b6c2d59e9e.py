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

PAYLOAD = json.loads(r'''{"atol": [2.0023723130135796e-06, 8.333438708731799e-06, 1.3895303136382291e-06, 2.5079312295345505e-06, 1.4688987199085556e-06, 9.604267577998472e-06, 4.152437387974558e-06, 4.213802165518054e-06, 8.600241189246862e-06, 1.6263144188303665e-05, 1.2458350000223634e-05, 2.1086219472932662e-06, 7.183596221387278e-06, 6.044974859227665e-06, 1.87691001426456e-06, 1.313386969948675e-06, 1.0473548525941026e-05, 8.22260337635392e-06, 1.098008445716885e-06, 1.218095848257537e-05, 4.3706233609120636e-07, 3.076442310115313e-06, 2.9508351916341804e-06, 5.61260812513792e-06, 1.3338301912872027e-05, 4.7886684836454795e-06, 6.3331595656237495e-06, 2.031103205626147e-05, 5.994111763877338e-06, 7.090499215179342e-06, 6.366671574266537e-06, 7.611889543933704e-06, 5.709474457006626e-06, 1.056100500803179e-06, 6.076368927055276e-07, 6.1717469419856885e-06, 3.39604143561986e-06, 9.97366272545169e-06, 9.18991438834017e-06, 5.470308245870924e-06, 9.16753084701172e-06, 7.676754444181458e-07, 4.214997220725519e-06, 4.241038356672411e-06, 1.3127998196118051e-05, 1.0068738690344957e-05, 7.595314026400776e-06, 1.0265669462148416e-06, 1.3461736856845972e-05, 6.1173576787392184e-06, 6.4199976575099645e-06, 1.5823565158806227e-06, 8.64056110290107e-07, 6.810041427795433e-06, 2.0306567480601557e-05, 1.0982666508005277e-05, 3.643685714472179e-06, 5.069448333656165e-06, 1.106519019409382e-05, 6.425062641301551e-07, 6.848951151308256e-06, 8.164968196691177e-06, 2.3840292114220354e-05, 2.0326145347255758e-08, 9.946661902834712e-07, 1.2565272605262522e-05, 6.841954196321017e-06, 1.563299371327553e-05, 8.039973104936991e-06, 6.077585705394543e-06, 9.2211010098465e-06, 1.5060764593973763e-05, 3.186694255712806e-06, 3.049625102732983e-06, 9.446852466493699e-06, 2.1691896102881946e-06, 1.655487440055304e-05, 3.2198494733900975e-06, 1.973597641689069e-06, 3.0517214387696755e-06, 1.1446256542122928e-05, 1.0004874226684382e-05, 1.0691854998429315e-05], "case": {"affine": true, "bias": [1.3152285814285278, 1.4745850563049316, -0.7125846147537231, 0.5403333306312561, 1.7801917791366577, 1.5620672702789307, -2.01774525642395, 0.05192229151725769, 0.15939991176128387, -0.5646315813064575, 2.8400168418884277, -4.0973076820373535, 4.2358880043029785, 1.1332719326019287, -0.10960723459720612, 0.03579120337963104, -0.792100191116333, -2.1761443614959717, 3.7069642543792725, -0.27057668566703796, -2.5717945098876953, -1.4407048225402832, 2.137427806854248, -0.7971605658531189, 5.903696060180664, 1.9162288904190063, 0.08535739779472351, 2.1561086177825928, -3.0909602642059326, -2.51584529876709, 0.3712776303291321, -1.4821594953536987, 1.5977879762649536, -4.186819553375244, -1.7094075679779053, -1.5420563220977783, 3.5437631607055664, 1.5734643936157227, 1.2886985540390015, -1.472692847251892, -2.2506113052368164, 1.5160322189331055, -0.019989727064967155, 2.110868215560913, -0.5715769529342651, 0.5337015986442566, -2.142360210418701, -1.5239728689193726, 1.1262060403823853, -0.6875821352005005, -1.62857985496521, 1.7254928350448608, 0.3372333347797394, 2.1226699352264404, 4.990128517150879, -2.274414539337158, 2.9301555156707764, -0.4148460924625397, 1.788835048675537, -1.1920557022094727, 0.03320150077342987, -1.6090651750564575, -2.7391111850738525, 0.9299069046974182, -0.6805717349052429, -1.2152670621871948, 0.6452358961105347, 1.7057939767837524, 4.293708801269531, 0.9909287691116333, -1.6551940441131592, -1.0215611457824707, 3.742710590362549, -0.24078452587127686, 2.332322359085083, 0.26099562644958496, 1.216078519821167, -1.9139738082885742, 3.237884521484375, -0.6924082040786743, -0.8075522780418396, -0.924332857131958, -2.4342474937438965], "dtype": "float32", "eps": 1e-05, "grad": true, "grad_seed": 645, "mindspore": {"init_via": "checkpoint"}, "momentum": 0.1, "num_features": null, "omit": [], "param_dtype": "float32", "rules_off": [], "running_mean": null, "running_var": [110.49549102783203, 3.469759702682495, 211.61746215820312, 59.37987518310547, 189.23121643066406, 0.0018384999129921198, 0.1022670790553093, 3.7133500576019287, 0.4418245553970337, 0.0019778888672590256, 1.422008752822876, 65.49945831298828, 0.8302053213119507, 9.054076194763184, 256.8108215332031, 81.93914031982422, 0.39623376727104187, 0.015145992860198021, 387.35400390625, 0.6627979874610901, 775.3790283203125, 1.422521948814392, 33.19242858886719, 0.8467209935188293, 0.01871797814965248, 0.5068309307098389, 0.10772418230772018, 0.10321854799985886, 0.6161575317382812, 0.424313485622406, 2.8455071449279785, 0.022775404155254364, 0.001053052139468491, 107.1934585571289, 273.5262145996094, 0.0011602024314925075, 25.685726165771484, 0.003084611613303423, 9.459612846374512, 0.00565573014318943, 1.1958919763565063, 240.18801879882812, 4.582122802734375, 13.947029113769531, 0.047738492488861084, 0.021472135558724403, 0.06196974590420723, 428.5965881347656, 0.025859933346509933, 4.33684778213501, 0.0019377719145268202, 117.93982696533203, 586.6817626953125, 0.14467841386795044, 0.0020699549932032824, 0.0033797563519328833, 0.6651034355163574, 0.01567857712507248, 0.6340000033378601, 501.4184265136719, 6.378274917602539, 0.3277755379676819, 0.002031385898590088, 1.7458689212799072, 253.7669219970703, 0.001762087456882, 0.0033745092805474997, 0.06008618324995041, 5.174228191375732, 1.0776103734970093, 5.338444709777832, 0.0035191241186112165, 0.0016637345543131232, 36.0185546875, 0.002281312830746174, 38.427242279052734, 2.5395374298095703, 5.295116901397705, 198.5430145263672, 0.21264728903770447, 0.05052276328206062, 5.943633079528809, 0.0015366093721240759], "schema": 1, "shape": [7, 83, 1], "steps": [{"input": {"layout": "strided", "scale": 10.0, "seed": 13668}, "mode": "train"}, {"input": {"constant_channels": [30, 38, 51], "offset": -100000.0, "outliers": 1, "scale": 10.0, "seed": 7859416}, "mode": "train"}, {"input": {"constant_channels": [30, 38, 51], "layout": "transposed", "offset": -100000.0, "outliers": 1, "scale": 10.0, "seed": 610}, "mode": "eval"}, {"input": {"constant_channels": [30, 38, 51], "layout": "transposed", "offset": -100000.0, "outliers": 1, "scale": 10.0, "seed": 102421}, "mode": "train"}], "threads": 0, "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_input-b6c2d59e9e", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "jQQrDkk7tD/Glg7EbOLRP8w0Z8SWD6o/VYwMlUH9oL86GMjG7s9ov01iUTNiJp8/CunXk1jTw7/0EjOz32+4P0AaG3e+3qe/Ml5mQIKV5L98qrr9PoPBv/nFJn7w9aK/gj2Bi7pO1D+PAPrl79W5P0UctvVW44i/vmnYHkJwvr954KOlNAu2PwL3sa8fnds/kAUI+4Tavz/WHFjIu5/Jv3HxN7PgH5w/EyX3Wb3Cw7+aqV65uvGNvxniDfdyHdC/F0x0Hta3k7+x+Zsf0+PRP3uN+tSyv7O/1JqHQyu9yb8N9eDn7IaQv7P7Lpb0xro/hYIR/euPvz8enfTpyf7Bv8fLcUnN/Lm/Ty+d4xLVtL/0HAnEPv6ev3vBlIkTGrc/ASfCXpbeyb9ux3MRtk65PzN65202CsG/5cNEQUOlsT96o6YNVorGP3Erz/ClvrU/Drl8VIf1yb8EN8fyvTSqv20FL3c1FaO/tAFQXuQduz/4oA9ymObCP22jjOnGsbC/x9eo3epVuj8JjwWqN4KzP4YCsDsI9NQ/0AkDMPD4tz8F/tVToJmmv5lO0mCyNX4/V/7oGBdP5L9AW0wL76Pfv/GPfJhApMW/cCK8yLHLo78DeLtZbofSvy5AeqrfcrI/MPUGzqdt17+LhI+ONpLQPwoKXaz9968//1cjQvXqPr8V4bMJUuulP8hMZKLDqNi/0U893eZOzj+6ynNnOEzXP5mHtNRAbrM/MOQYRVuqzL/Gbl49ITS/vwNP/lwvHea/c0dyaN0cwT+PegqQ0RXOv5Nbe1T/Fta/b/CJQu6usD/2zPVDkC3lPz/WotWho8o/nbb+5IPwhz8p1uCqSM2QvwpjxZ92EEW/p1n506mL07/HVp9ywm3Dv6dWqrjKd8k/p17veYCfzr/Pu1H4LAbDP8d9MqESqck/w0VABDXLsj/l8N2t1+3WPyO+1aDI084/oH2zTDYnzr9Niripo+S4v5yW5CjFP60/IZSbYUzmwj8FQCL5QebIv/9jH+LDc62/SM3k0zVU1b/ijeDl/L16P+vC9c28QLO/Y1ul1E0IxL/auT9fcO6XP/oQPLTkobw/+vG9A19jzz9lNSBTu+d3PyCfC8gqpq2/zd8a51F6y7/2CgGMzvy4P16bvxT4oWK/GDy3QeXzwr/l+7kGMXzLvwJzjn3CYOI/EcBK4T+3178kCIGJopS6P9UykJzDAMc/ze0cYp1x0z88bOhm9jLRv9Pta2QSXaa/Fi8R0Zasjz/L5Te56gXMPwb++6LMN4S/uNLLPKzBsb9tmHZF2IPXv9O5mPL4AM0/qf/hkIYRsr/U8NH0eu+rPy7JQkNjHrc/wMo7BuxbuL8kc0DR4aCIv88JRwdNg9G/o9lw26BCw78g+o65/qqmv4b9Fzkba96/Dybx37TVwL/G3KkxzcvFvxzlF9FoE8K/tpVAb84Mur8nnWoHmQjFvwqm31i6ynU/MgiadUXC0D+5ge1oG0vJP1MKlTylBNO/bVorrfkv4L/sR51PcH+ZPwe+313dRp6/dZWKukvZk7+AFU9WcInqP63yZDBvvjY/pUGIQwfWpz9XyliGwRLjv8oqVxUVUr4/Bvnz4jXc5D9yPO8N0W+4P76h3XScGsU/Eo5iTuFtfr/92qXs2nHXP+I+LvPbg8U/SObzO46TuT+0GqO2dzDSP+W0EQhP1MI/kAn+VGV8uz+h6ESSnJuzvzZFLCDit6W/LQ94/fZKxL9lz5PstB3AP/5/dMCoesm/fACsYW5Y4D9i8mwnkwK4P66SzktTP9s/R7q9HdV8r7802h3fmi21P8gPEA7W63k/rlHLAyvWiD9TV73I0kHQP3CqsCdHAJg/r8KwRY8vpr9WxwIXxQO3P1vdxFS+0s2/kai8prbEtL9cJt4Zbp2PP6gCKDFyisC/Hy+yxQoOyj+i4TADjHOxP+r5H/Vwe7m/S0sHTZbEzT/P7Mjpf862vzBbAQPKlOK/4klUO2/8YD8KqeVPgPW4P1qrBobiuba/6/Buobfk0b8PFudMl57RP2A9b1p/AaU/OQShp6adjr8wkB1qxvXqvwv1EDMffNA/r+1V4mkisz+nVgQoJ+TAv2q02604uMq/4YLx681xoj+k5POSvXOoP6riUKIIDoy/Pacap9akhb+H6JqA+snNv316MJTBYbG/Lt3qD5d+Wj83NC9+2TzPvxJW05sFstA/vFK4nVnXlT8BQ6BzsJaSvxnajZkboLY/wHruPVzTmD/dSQ91EB3iv/j0tf22TNI/IETa4Nc2qL82VLsgCYTOv/GlSRvVzL4/rKvz6Dgc1L/YKfdp6gS5P/wqqvrqD5e/bkVDLejE0T+c+ujCejPCP6WsgqpiHtk/fY/he0i1vj9moNx9dUCtP6MX251xhN8/3OQyAhJEaj86JK1++7WhP246a1tVPcM/tBkdHluqxD+cXbJAPJ1dP+x54wa4S5+/ayJ6iLrhQj/A7OvWMATav5H/PgTxpaO/A3LCf1tAuL+Va4VCVkrEv9mkjnFRiMo/vgkV+B/C3L/nJIAZ2AuTv96cVjynAn2/eeF7pJLP0L8ubHlxuHChv3okxPOuba0/HAujtT+Ju79+eedDHTW0P4D7wyOfz7M/U22bX7gZ2r/Kli+961yyv1ZrOvApfaW/6YMV8xgisj+qKI3U5SmivzkXVNIXW5k/8FoGDM32gD9Q3FcVfAWgP4xmd/YZFbo/p/xAh4fUtr/JTYjdpnLRPwqQGeXuFKS/iiij86kcwD/HswnwPXngP8K2udBgFas/9JTCxfWvvz8tTNEYcETEPxpS6VFEPHe/x3fV+tZYqL/+1goxsjnTv/021JO9U8w/7I+ndfxcrT/xgtqZb1TBP2eyyIJayaQ/8t7q5HRViz9weM4XtfO6P9hdr8BQmJW/nhwKhIWo2D9ZfMForWXGv4gHw59VPr2/pGWKQwqIvr+uYDqO+fLOPwF2xHl9scc/HKsjFOPavr/pi56fC3XCP1lf624Hisu/EmHeHDkmqz9LiZrK2zaxvw3Xo/vt9qe/2cT8VHHXkz/uxXS2Kt+KP5peV3bN/se/QMeNvM94xj/2mzBWgqqiP400ESSf8Iw/UsGJWu5Kv79qaw4JHkORPy8PPYd4itI/7BgzPVCB1T+PV1kHmCbCv9d+uZdEY76/siSGG9s5tj+D0mVmVoTQP6IBfJW4fMm/tYehzo3UxD/z+TpcbKiyP23q9k7tT9E/VVlfMCehpj8NaYNddtp7v4Y3MtnOn8m/CGMsLdLpuz/wah59ePfCPwCpQbF/V3S/ol+qk1XNl7+c4VvI6Q24P6zVBPSDM9O/ShoY8yyGNL8iBqyC/YK1vwTISz5F4MG/G4KbNIEP17/NRG1wGgeNPw0faIZfsMe/eytwAKdU07/uXC1W0WrZP/Du2bo+rcU/zoSP4g6uqT+Kvz9pVk11vzCWIApftdK/UfzTSCtOfb/Q+NfczdrZP+kT67GS1LS/WWc1Epjfo785FvJb04rCP9lZw2D+fdk/jzofriDozL/7Hml4Jx3TPzrkDU/FyIq/9kLhs4Fh2j9F3J5abJrAvzc1V8oj+6i/KrbAnZJhVT+ByQBBg+bBvzvC4dKkQZM/Bqw0Rcrasj8KoEgwLyzXv9iem9vOcNE/IvCpILGArb+xlmqJczGgv/Fjf5crSLA/HAnybMFcxL8aFQZPArVnP64KBgJCwKY/QwACAfcT4T87swQhvpygv/zB1k3jprM/BLaFU7Evmb8B5EgfyeaVP1L8L4t0TJ2/mMnKcCGXrT9Q6y7rSoi7vwvo+AA50uW/7VISLGTvoT+CrGqTB5PLP6yJIBwcmcy/wUJypBt0rr+C3+K4bee1v0rSdnGgzKM/TPc2X/5dwL/YzF0nC9bNv5FjqsB3nbq/h1Ota4ajob+tOW8ahGKlv3DfTpO1g8k/opwvNFRXur/1/XUSay7bv7kDMmkRVcu/yVSRwVNsuT9WEHdNhbSwP7ovJgznIaO/JuX9aWn1o7+z/rUwSOXgP3jNcAjO0MU/EGSusAgu1D9emKblPHecP5DjINv1Y+M/RBRoK1KusD89oBroEKioPxUGaHLr0Jq/hLN9ne9MtL/fqyZFOwvIP7bXcFNVTMw/KA9LmsrBwj+Fmro1psi4P1SPFi5LFbg/ZZbvPGdryD/HzG52ATCnv2s6sBZLFac/nPEISuz/xr/aX8S/NJbGP10PiQaowUW/PAqNR0cNu78B3jvsVPTSvxiij9Rm/iE/RNuWCwcVpj+I3Gsptg3ev6VPPXZPusC/eTd7Am43XL8L7/WoCdK6v0cRWjS+U7i/GEjSTEhqsb/fWLOdSmjbv/e4Y2/elpe/HAhxhRUQ2T9gpmj10IPHP2hoX/ra0G0/a9cm48tnoL9YCbJfvcvhv3vKHDUuZbE/LP+iApJK0z9fCqymLIGTP+P5Qvqk1K0/lya10Vz3vb/NRAgavTrKv+eV6rjwa7s//cDydiUd3T88gWopak/Ev9mB9kEDGMc/pndnMM1B2b9JM+vC3jvev2qZdZ/UTMQ/rqEAiEqKwL8lAjcBscHYv0YunI920tg/rWOUe27+mD/GnvYlQJO1vwNNXBsqSLS/0L2l37Xdyr/8s2dfLAqjP+zbFql2idq/hMmJ6b43kz9DHlWpcil9P+PUekLjF0G/CvQT2Sw3sj/X57JmH9nUvwjrQlveyYm/RSNdJx6w0D9+oSSz4dfCvxv1Tx2+ero/1XHPTp6mjL9RBZjQJbrAv6vGcs0Rcts/74dBZwMHtj8Mg0rupPuDv8yyBtmtKaq/XHon24Ciyb+G5D3Uz2zLP3MpvStVsdw/sR3cp4t10D/CHqR97XPEv2VKrRn5ps8/RjGXCl0psT/RXYj7jM7NP2VehqnXIbG//Mt4MpyKxT9yIPm7/O59PyP8wyRjGr4/2hn9M/JzcD/Q5iP69QOLP9OZH6l759a/CBCwQAjYsL+XqCmVW9C8P4RyUyU9P6a/ICoYgE4xrL9cwNIY9uTPv038YPGiYse/4Dyy49vIwj80wD8DyiSoP0R6Cj03Ytu/rVWzaPVSjL+NOje/YkfMP8mOSWstId6/zSJtL6bq278nbxGuuXQyv+bOtDmcUbQ/A607lGWv2b+WgGGYfzTVPxKxSoxIqcW/EibL808d0j9PRhjajK3QP3zkUDhBP8M/yGNU1mqctz8/m9y7GA60P7rqMIUvJsS/LbZqrNO5yT8mruqKGrXGP1S6YGlmWLG/k9zJpQsRwz8Te6q4UIPLP1X4dXPphMe/j/dJJePiq7/Pd/3H/AHfv/kIn6NjCb+/qERuv9CltL8Sf1WGRzbJP6EgEoQRJG0/LcAIT+znrz+geu3iM7fDP/82306C29U//1iwUePBsT+62MpQpGLEP9iHZJhHScA/XadKosX00j8soS4vHsDZP9B/NAB6qJ+/vrs+Xl5S0b8zCu6uJjrGPww+zJMWJI4/89p6+W0mwD8oalVpZc7Yv3/qr9ZQNLg/UB7h26MAoz/X+h4CEy6PvzvPyEOsdaq/XaQ62YXquD/CMKxVc+TMP5MQNhevK8i/SLzEMPeGtT9JGSqBAxnFv+g2nD+g+9O/guMbabDvtz+mWsg5ZSCyv7foysuMhtg/mgxQteSt0z+KiS3p64TNP+F8RrZpFbE/t/5CODFsoj8MPQSaoIumv2GMGL6lEtY/M69WCdH4zr9ze6ZFvjixv5/ZVvctwMC/cMLi36+Gkr8ysVin8Ibav/xcyqUinJa/zBei8CdscT9FNpXQZ/7RvxSMNCMMd7a/4vdOtAEouL8vuWzbGDrWP8fPEA90SmM/+ftv7eiYxr+OVmxrQ9O0P9AHtGlwCcQ/WKBbM9mBwb8zIvN/VIybv6paK9oUDrC/A8B3cDoqnr/wm7Jjb0LDv1GJuC2Hx7U/IZODEHAV0T9n6tTUXjzKPyvSRoLDRrM/1DvHhZsyw7+vhRBe6CDSv8xzg7dXbcU/a/Tx5zMrMr9YAI+cVJ+6v4wI3o8mIaC/LGFxdUmdnr9yqDyMQ2/Vv0EsLKVow9O/m3HoLLGcpz9iUumCo9/hv4kGgpZMEco/2PqJJQLSv79y+ALKFO2hP3lo7vXAN8a/6dw8tI3gt7+2s8+wnXjWP/VJ1/HJncq/Envk/O1Fqb+T2s6cYuSuPycE1T5jn6y/myOG1wD+pj8wTuMYG2HYvw==", "shape": [7, 83, 1]}, "rtol": 1.3e-06, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"bias": [1.3152285814285278, 1.4745850563049316, -0.7125846147537231, 0.5403333306312561, 1.7801917791366577, 1.5620672702789307, -2.01774525642395, 0.05192229151725769, 0.15939991176128387, -0.5646315813064575, 2.8400168418884277, -4.0973076820373535, 4.2358880043029785, 1.1332719326019287, -0.10960723459720612, 0.03579120337963104, -0.792100191116333, -2.1761443614959717, 3.7069642543792725, -0.27057668566703796, -2.5717945098876953, -1.4407048225402832, 2.137427806854248, -0.7971605658531189, 5.903696060180664, 1.9162288904190063, 0.08535739779472351, 2.1561086177825928, -3.0909602642059326, -2.51584529876709, 0.3712776303291321, -1.4821594953536987, 1.5977879762649536, -4.186819553375244, -1.7094075679779053, -1.5420563220977783, 3.5437631607055664, 1.5734643936157227, 1.2886985540390015, -1.472692847251892, -2.2506113052368164, 1.5160322189331055, -0.019989727064967155, 2.110868215560913, -0.5715769529342651, 0.5337015986442566, -2.142360210418701, -1.5239728689193726, 1.1262060403823853, -0.6875821352005005, -1.62857985496521, 1.7254928350448608, 0.3372333347797394, 2.1226699352264404, 4.990128517150879, -2.274414539337158, 2.9301555156707764, -0.4148460924625397, 1.788835048675537, -1.1920557022094727, 0.03320150077342987, -1.6090651750564575, -2.7391111850738525, 0.9299069046974182, -0.6805717349052429, -1.2152670621871948, 0.6452358961105347, 1.7057939767837524, 4.293708801269531, 0.9909287691116333, -1.6551940441131592, -1.0215611457824707, 3.742710590362549, -0.24078452587127686, 2.332322359085083, 0.26099562644958496, 1.216078519821167, -1.9139738082885742, 3.237884521484375, -0.6924082040786743, -0.8075522780418396, -0.924332857131958, -2.4342474937438965], "running_var": [110.49549102783203, 3.469759702682495, 211.61746215820312, 59.37987518310547, 189.23121643066406, 0.0018384999129921198, 0.1022670790553093, 3.7133500576019287, 0.4418245553970337, 0.0019778888672590256, 1.422008752822876, 65.49945831298828, 0.8302053213119507, 9.054076194763184, 256.8108215332031, 81.93914031982422, 0.39623376727104187, 0.015145992860198021, 387.35400390625, 0.6627979874610901, 775.3790283203125, 1.422521948814392, 33.19242858886719, 0.8467209935188293, 0.01871797814965248, 0.5068309307098389, 0.10772418230772018, 0.10321854799985886, 0.6161575317382812, 0.424313485622406, 2.8455071449279785, 0.022775404155254364, 0.001053052139468491, 107.1934585571289, 273.5262145996094, 0.0011602024314925075, 25.685726165771484, 0.003084611613303423, 9.459612846374512, 0.00565573014318943, 1.1958919763565063, 240.18801879882812, 4.582122802734375, 13.947029113769531, 0.047738492488861084, 0.021472135558724403, 0.06196974590420723, 428.5965881347656, 0.025859933346509933, 4.33684778213501, 0.0019377719145268202, 117.93982696533203, 586.6817626953125, 0.14467841386795044, 0.0020699549932032824, 0.0033797563519328833, 0.6651034355163574, 0.01567857712507248, 0.6340000033378601, 501.4184265136719, 6.378274917602539, 0.3277755379676819, 0.002031385898590088, 1.7458689212799072, 253.7669219970703, 0.001762087456882, 0.0033745092805474997, 0.06008618324995041, 5.174228191375732, 1.0776103734970093, 5.338444709777832, 0.0035191241186112165, 0.0016637345543131232, 36.0185546875, 0.002281312830746174, 38.427242279052734, 2.5395374298095703, 5.295116901397705, 198.5430145263672, 0.21264728903770447, 0.05052276328206062, 5.943633079528809, 0.0015366093721240759]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float32", "eps": 1e-05, "momentum": 0.1, "num_features": 83, "track_running_stats": true}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [true, true, false, true]}}, {"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn+compile", "mode": "compile", "plan": {"assigned_init": {"bias": [1.3152285814285278, 1.4745850563049316, -0.7125846147537231, 0.5403333306312561, 1.7801917791366577, 1.5620672702789307, -2.01774525642395, 0.05192229151725769, 0.15939991176128387, -0.5646315813064575, 2.8400168418884277, -4.0973076820373535, 4.2358880043029785, 1.1332719326019287, -0.10960723459720612, 0.03579120337963104, -0.792100191116333, -2.1761443614959717, 3.7069642543792725, -0.27057668566703796, -2.5717945098876953, -1.4407048225402832, 2.137427806854248, -0.7971605658531189, 5.903696060180664, 1.9162288904190063, 0.08535739779472351, 2.1561086177825928, -3.0909602642059326, -2.51584529876709, 0.3712776303291321, -1.4821594953536987, 1.5977879762649536, -4.186819553375244, -1.7094075679779053, -1.5420563220977783, 3.5437631607055664, 1.5734643936157227, 1.2886985540390015, -1.472692847251892, -2.2506113052368164, 1.5160322189331055, -0.019989727064967155, 2.110868215560913, -0.5715769529342651, 0.5337015986442566, -2.142360210418701, -1.5239728689193726, 1.1262060403823853, -0.6875821352005005, -1.62857985496521, 1.7254928350448608, 0.3372333347797394, 2.1226699352264404, 4.990128517150879, -2.274414539337158, 2.9301555156707764, -0.4148460924625397, 1.788835048675537, -1.1920557022094727, 0.03320150077342987, -1.6090651750564575, -2.7391111850738525, 0.9299069046974182, -0.6805717349052429, -1.2152670621871948, 0.6452358961105347, 1.7057939767837524, 4.293708801269531, 0.9909287691116333, -1.6551940441131592, -1.0215611457824707, 3.742710590362549, -0.24078452587127686, 2.332322359085083, 0.26099562644958496, 1.216078519821167, -1.9139738082885742, 3.237884521484375, -0.6924082040786743, -0.8075522780418396, -0.924332857131958, -2.4342474937438965], "running_var": [110.49549102783203, 3.469759702682495, 211.61746215820312, 59.37987518310547, 189.23121643066406, 0.0018384999129921198, 0.1022670790553093, 3.7133500576019287, 0.4418245553970337, 0.0019778888672590256, 1.422008752822876, 65.49945831298828, 0.8302053213119507, 9.054076194763184, 256.8108215332031, 81.93914031982422, 0.39623376727104187, 0.015145992860198021, 387.35400390625, 0.6627979874610901, 775.3790283203125, 1.422521948814392, 33.19242858886719, 0.8467209935188293, 0.01871797814965248, 0.5068309307098389, 0.10772418230772018, 0.10321854799985886, 0.6161575317382812, 0.424313485622406, 2.8455071449279785, 0.022775404155254364, 0.001053052139468491, 107.1934585571289, 273.5262145996094, 0.0011602024314925075, 25.685726165771484, 0.003084611613303423, 9.459612846374512, 0.00565573014318943, 1.1958919763565063, 240.18801879882812, 4.582122802734375, 13.947029113769531, 0.047738492488861084, 0.021472135558724403, 0.06196974590420723, 428.5965881347656, 0.025859933346509933, 4.33684778213501, 0.0019377719145268202, 117.93982696533203, 586.6817626953125, 0.14467841386795044, 0.0020699549932032824, 0.0033797563519328833, 0.6651034355163574, 0.01567857712507248, 0.6340000033378601, 501.4184265136719, 6.378274917602539, 0.3277755379676819, 0.002031385898590088, 1.7458689212799072, 253.7669219970703, 0.001762087456882, 0.0033745092805474997, 0.06008618324995041, 5.174228191375732, 1.0776103734970093, 5.338444709777832, 0.0035191241186112165, 0.0016637345543131232, 36.0185546875, 0.002281312830746174, 38.427242279052734, 2.5395374298095703, 5.295116901397705, 198.5430145263672, 0.21264728903770447, 0.05052276328206062, 5.943633079528809, 0.0015366093721240759]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float32", "eps": 1e-05, "momentum": 0.1, "num_features": 83, "track_running_stats": true}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [true, true, false, true]}}], "step": 2, "summary": "BatchNorm1d(83, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, dtype=float32) on (7, 83, 1) float32, train x2, eval, train (grad; input layouts strided,contiguous,transposed,transposed; initial values via checkpoint; torch threads: default)", "torch_threads": 2}''')  # filled in by fuzz/report/repro.py


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
