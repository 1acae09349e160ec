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

PAYLOAD = json.loads(r'''{"atol": [1e+308, 0.004810207897081859, 1e+308, 0.012195668654387846, 0.011843342973316883, 0.011315411129168323, 0.010613154543091826, 0.013035149054252812, 0.012408867479405396, 0.011494662153938412, 0.008836170679475733, 0.05375047127556432, 1e+308], "case": {"affine": true, "bias": null, "dtype": "float16", "eps": 1e-05, "grad": false, "grad_seed": 0, "mindspore": {"pass_use_batch_statistics": true, "use_batch_statistics": true}, "momentum": 0.1, "num_features": null, "omit": ["affine"], "param_dtype": null, "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [7, 13, 27], "steps": [{"input": {"offset": 1.0, "scale": 0.1, "seed": 2708, "specials": [[532, "nan"], [459, "nan"]]}, "mode": "train"}, {"input": {"offset": 1.0, "scale": 0.1, "seed": 5787966}, "mode": "train"}, {"input": {"constant_channels": [0, 1, 11], "layout": "transposed", "outliers": 2, "scale": 0.1, "seed": 868, "specials": [[74, "nan"], [717, "nan"], [2456, "nan"]]}, "mode": "train"}, {"input": {"scale": 10.0}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "precision-3d74688adc", "kind": "precision", "quantity": "output", "reference": {"data": "AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/zz8i/2MJ4L9eIqZ7dk/1P4xl+Un+hvY/+bceeVah5b8l2+RN6bHkPy0aeBNXn9i/hhLR/5bA8D+QNGKwoEW/P50crgNV1ec/9ePD95Mx4T9uTA5rtEXDv3NG+1mQg8c/O0GpBf34u78ADuT3zVPWv2UecpFDdd2/wMRzXhFK5D8qL+vYimrXvxJN0UJb6Oo/V9cKuWaGxD9fLWmceRn8P6lx7FRQJ+g/A+3P0FzM4z9RUzjbmdvmv7t/VFb/p9M/0bvr95NU/b9mXlq79gHkv3/IIyk2Ssa/qiFBZ/Xy8T+JMtbeN2nqv8809CEDXvS/bvMElrg5uj/2L2WFJXP0v0J0Bco0G/G/UMxMUhlV7r+rfNiU0BisP2exBQWzdts/yDc90l6X8b965feELzzmP6KYMinm0vo/rOoavnW58L+WMhqZGBrnPzj6RRfmv9+/kfbzVmqa/b9D8zUzVwf2v2IjOLSWoeo/QxoVcjxG9L/5JP+KCIb5Py5RUpMshsY/Fq75hGa//b/k9111PAr3vxRBg7TQKeq/YxjPhbqU8b8tp9/+fpP6PypayM+VB9e/k2sLwvtR7T8JGsuQ0OHZP2evq7Iiu+s/MvmBMZqg+b+kFVG7fTbxP6lAD5CXxt0/T/MqCvR8zj/Bs6138/qyP7haP43HN+W/x5XpuOrinr/k+5pvLsrVP/bz9c66ZvQ/s6k1OKK30T/AJ2vR1OjuPwiZvKU5Dus/cMBYlHz19L/dbMD5Rte1P/FO9W9SF++/23BF6OVL7r/RQ6slJOqIv+HF9kYh6OO/+FOxD/u43z8w7HItc9vLv2GpbR8txuW/mU78sz2Nur9jpgbzA36iP1ktbRA01Ns/COKFCKyJ9z9K0TsR0OTov7ILtw9HM94/pWTOzvrr4j/gmO+Am1fXv8zpmgTyUOc/ZAEOUltd8b/Q0JDxbBTbPzQfH0BdLN0/Ix9lDF2v4b8mnYG2t5DpvxfLNKFxZ+6/3d/vJZu65D8nWDnzusHgv3UsOKCFGKA/U8O4aul+0z/Y8EpzSN75P2G7k+IZv9u/Yz4ww0Dm4z/KYbB4eqHYP7NdlQkqguk/MCDjtWJkAcDQHXgoRPDmvy5eUHuKXvs/IfU+Ktj4oT/ZVD1FWlnaP+y6Pv75c+A/j+8LVPurA0DElF6RzN2wv0zUrYXwzfE/iS22J7YP7L/gmO/2cpHCv4LHU24ETeY/7QBTRjH457/h3+Sx0WfSv1Egq1uNHfy/aMrNDcII6D8JsDqK26Dfv7U/iYN6uu2/OPFI1e2X47+p2fAPL9TwP2BTjk30wKU/voERgkpywL8Zh7dZwMvYP+iTzT3X5+g/cJHN7q/Q979wawWTASHoP0H/dNXgAuc/UG5JeCW58j+lZVTdTmXzPxPA6p/jcwLAVBE/ZEWCdD/xKChdDjvyP/lCPegrWuc/FTLJ+tmD6D+D1QdptA/7P1FywFKMGd+/ScNLtR5awz8HZOHayHAGQKGd4NHIqbK/2kkq2s0Uyj9kQa3KsDnNP3sfI3N5luU/m14O/7XJzz+ercHYGk7tPxjNvURyv+s/Xoj9es1l2L+yj2yphcvGv4Mb5Q7sedI/8Wm4x+yCAsDxVx/a7mgHwEXIL17zhqA/UN3DaByDwb/y6C9cW4HWv8trFt7cp7i/cO9hgn7l7T+iKnyn3/rvv51VaaF0J+U/nxFPM8NB8r+Qkd5b/XHCP0VRunuKDfI/r/afyUPU1L/dgoWX1C/ZvzOnOQiWx/c/+Qezppbg8r+poxHRCLrYP2L7Zk/5ZvA/PaYyjbgl5L9mkn7YFVzrPz0+9QpUPOC/GKbUj7Lu3788k5HCCffkv3jBvC//7ABAswnvu4Hx/b+wAepzuqLzP1fBniQpDf2/7wdJwcV/ib/FHWlQXjvaPw5hj8zCw7k/QE9Yt/Dp3780gDYGdsrRvyVl+Hr0f/O/kVcBL9jk7z/5Ugz4csv9v1cJ0v0dh7U/iGFQlkdn8r/YxmAAJxzuP/hJrpOdbPi/UmmdRrLzwT8M9fPKFWPtPx2zIvGKXfG/e/V4kKwO8r+anCmLymzlPwLLBe74F7y/7KfqcKHH2D9x2jPxU7EAQGVAJXcxSq0/x5zcW9+hw79cosXD4JTkv+PVwZ9aJPC/RUdKqiri5D9L5XhfdoblPyuPn96rpc4/y7Gim10X9T/L+nx3+/ruv1Sbkwg/B9E/72KnslUazT9Af3X1vePwP7bF1PpULOE/sSRxWKDgwb/s8aYOSpfnP70O1e5TMPa/8GC25Be/8b+Y8HWKDCHcPzfpIRmNCNC/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/0BJILC712j9+Vgob06X6P3xoN7+0Fvu/ea7tfOmm2D/MnG9JLt7BvzfvCltzqOq/SvFqX4BN+T8bnQp/Lubev6dgRt7qFug/EIi0V+Yg5b80jB1NQtnFP7rodpMWmug/IRCO+VMS6T9CkyCdhOQBQAR+yj3jk9U/5zfSXkCt9j/VqXwC1ZTiP7qoTBiGvvc/tyew02Tgu79zhr45vD/fP2gP4iFy8Ne/PNGTaBIN4z/HVIACt5H8P258gkY11ug//J/MLTWb8T9iMGUoG94BwCkvUnTvifA/A19XbHPy1r9CHIigLqLSv3Sel0ctm9k/D/zjAfoI4j9zxXaGEtrXPzpSEZ0lXdQ/Z10a+9qwuz+SqSqEujLwv4ROLcaPYu+/O8UPLBry2D+6iCXX0xXrP0JYj7kr6es/KHT65DTJ0z9uC+mGk7jgv3+1JXofbPs/TPweXSkl+b/JVSlFGUXjv5VpQEKYU9g/XTkEqdB74L+l+j/Ln1v1v+7eRZzn1uW/uitEzRGfwD/rxgiWqDoAQHi64VhtAee/wQUCO7Xe4T/V8b37xSXxv7F9TO9NjM2/H79vwwaDpT/fq3QN/DboP/NpOypTPPU/p5U8bIAmAED4/0BSBrj3PywiQPR63f+//wjEbdzu5b+bud/V/1Hwv7g/O2BVM9Q/F+uI2Ao85L8ZSzg/RcL0Pw7yjsE8+Og/L31YhKaO3T9JL6t/tyLlP/YbbTErV7O/im161B45zz/9uzD7Horgv8z0B1xH9dC/dyvRirV50z92m7uOYwb3v46PJtTH7dU/BeWcgQqH0r/NC1HnkTD/v8efSiMGjdC/Q/tMy9IH8z/myzTaFt3pP0SUGlv7ndo/GrKzAa394j/7EgFILxL4P9gCT/l5/vo/q88KgiJj/78rBDzdkr31PxniL+qu+u4/XQiyXTuYpr/QgbGQnXS6vzrg3bIy7uo/JlWRQuwnzT8UEjVGccrbP5WpXF73PdC/c/SaHjsV87888LLKIU3ov5CVfEb7wdE/1x4xs8X41j+qmKvyTIviv1ZGzNdP08o/fGZTPvRF1T/mgq3C38zmv8zXln7AMOY/6H3GUdFl+78XvifeS7rsP7eHLb8fJuM/FhX9mjp81z+nG5uv6xexP0a0SeS9zPU/UUckkhV3Oz8HikfvqBPHvyqhGT+vQ96/KbbUbRuLAcCS9nS/9GjJP44Htr1U6tu/FPQ+tjMu0T+ZAquk8HXbv2q3lvRqKeS/nBDkcxJ55r9LNK1a1//GP1oIXq68g/k/7NrZmG3z0b/MVmlMvCvpP3FFgMAbLdc/80cEzrpp/D8Ad4Dytx/kv8aB+I356u2/XBvjy/Fk6r8TMA2itxy/v+WmEHxQtuc/AQq3toiq+T8wnA/QV3jqv1f1Jz9yTfK/cNjOzjCW8r8744hJLnTevwaY+1VGSOG/CFtyMnEi6L+jRsOnH+Tiv7THZhTZRfW/D68LexIjzL+RuLpbQWPfP13WxfvAGvO/912JFsfo6D+0R+w8Rk3HP6MWegWxQNo/ChqZVwWS4b/7O0nfEniOPwItf8rWBLk/GXaVye7q5780Aw2vWEzdP+H7nYCg5s4/pwZf7Ico8r8Ej3rD5Ovkv51SbXHgVNo/Zu46AkePyz/9IZaql9ToP4Do2U7Ad/y/M6R4zqEjxb/Bxc2LQlDsv18TJUvZB+e/T8PJZsUj5j844O7ZN1S4P8w+j1krY/0/ymq6sTGlyD8Tby9OuOPhv6ms+xrUeec/6tiAGQNfB8AAjchY7RXnP6q1WX+p2Ow/kVcBL9jk7z8OB6z0eJvgv1z6jU6LqOS/pV5RnfL/3b+YMH4RGJbqv+Y/63+kkdy/6vQ/VleV+78AlVmGqsXqv2T6gU319fs/O837gVPT5j+L00p+OscDQNbhHt6IW9q/tl8qZyAb+z9b1CJ5creuP7BolMyLLOm/s06jJUKczj87idpBJojUvyFvozGC3+k/yJjfTL3D8D9xYh074FzxvxJTaiy5pfC/+1KmgvYH9T9QyEwwLjjgv+LxHpnIFu4/3obIZxRy8b+Jf4sTX73uv5dSC5ABPdg/H9Tr6tl4AEAI8fpPo8zwP4ilSyQ+EeO/tknTyS95wj/3Omu9iVv5vzxMOxQGhN4/3hRIXx5jxb+7iOH+dDjxPycHqJRewvA/wiAXcHku6L+iEBSeFRfxP2Ae2oA22MC/myw+oKbvAUDzCaaO9wPQP0pMh0TIxNQ/oHqEGw++nj+yheQDBYHNPySpFlGWa6y/Pz1FX0AN4b9sAjJHcundv8b+wDLEjcC/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/QMop5TNm2T81tWwih4H2P/wc2wIE+PQ/Ga+evnR2+L82JlB4BdKvvzldMq2y7us/z81/N9rk5j+feKixsqrIP26FRCKFV/e/aMb1ypGT6L/s2ers8dSTv/wc2wIE+PQ/bE6Fb4Zr+L9IJtK5DV/jP7MbH/rNsfS/4uaqWYwv2T8Ld7fNwn7oP+GHaorc/9m/oyGjkNab97/148P3kzHhP9kLjM/Lceq/88w6K8za5z8/3FaJFdfpP7Tb9H491uO/kSRIofFK5T/IYyU0aVnkv3VqA8nPiNG/uOo3yjlYAkDmrqaFO4WiP9nxkfz8Wdm/sLZiVoEx2T+Eg13Q3k++P4jU/PWbvPK/dfhYbJ2E0L8T4TadQiHkP3bunPQgqey/SBVZk+6w6D84JJBjl5Dpv+nrTfh+C/U/kRD3OIFw9L8P0sjo0CPOP4ROLcaPYu+/S1Schi+e5z9EJNQdeEHmP8ABSxFZErs/rQG2xn8d6j93R+PJeGzivwuQF7QEhfU/3hlkyQ8VCEDsGNdSM6LiP2wisI5m6NE/MaIg7HHe8L+NUoPcHZfwv7yLYbEXvNC/EIj4Gseau7/PfUznZ5jlv23ckEy6o4K/J8TKJ2NS9D9R7P9XKPTbv+NJCC0K3bW//BQstRyU8L/pgw+gbS31vwkHr5xTwP4/g84sJHKNzL+YStv2dT+yv5wjvelXgua/7VFjli15yb/L/oNw+Yv2P9ZBzHGk8t4/79VttN2OQ78t+CjcR23mP63ubUE8gNO/7RBpDlBS9z/r36kj5jHoP+naJSGPQqc/N6KjTco95z9Ora91SrvJvwUhWnRzkey/cOntuGIS6b/AVYvyww77v47V+b9CCuA/MnrfWF7zwL899amNLcDnPzlgsj6QY8c/GVPIRKQBxj9++0qNkaLlvyBU2LdqH+0/Yv5F/ZGr9b+mbdCRE3zjP4InErHJB+M/sOeesebm97827/k/oETIv6gMDU8N1Mm/HyGM0aBqA8DIVIu6WOIAQHyqQFuxlwJAv9o70MOq3T9UC7kwsvPzv9P3YFKZBtk/MQnwFSTX4r+BcUHl1D33P1tHvKYb2cm/PVSVSja81L/EBMQzvELzv07hIHu8T/q/kBWoup1M5b9Zn30mCfHiP+19nnNzoZC/0p3jb5/Q6T/a8hx1NfDiP0YlfxBLxdi/D4Cig1O/0z8VuJfJaNa2P1H15V+2OuA/L165kSnFwj+DwDxEfu7nv3H+fuCaZ9w/M/aJqOsv+7+4JwYcEP3zv4drGIsGsr6/tdIO9jXw3L9R+u4kAV3nvxPBT8+9kZA/ItUcvphI8r+c72dmd6fcv0/nJn4DwOc/784ncukL5D9JM7jfbMjjvzjqQQ0fhQpAm+pqxk500L8Uhz4WXuzSP5FcJ9Gdf/U/HADjY3zU6r+EB6zsS03aP3cpqYCHgb6/RyyUCzIOxz/7yT1z8a3gP6RZFhijVdU/EZzDW2nA3T/MEIhkyzr4v5YkKlW6pfW/IV9JWI/f87+zDLE+rX3sv/QD5OA3OMm/rQdVltMGyT/rX+iMhmq0Pz2e+LwFjO4/TIK0ZJMM8L8RLeOLnQfiP9/2LUsBZeW/i0460QGO0T/wz3a3sYmBP6g0ZuHnUPc/L1FUpdT39r8KIP0hAd//Pw12p0HF4us/SZ7mRC+U6r+97XnykSf1vxTXLzDuB/S/dNyPnHJ93D/MfboctdDnP/DJCogWI/M/ggWeRrw9xD8T/XkDb52rv/T+goXwwfY/UZ0C/pHA2j82GDg8EPOrv7gu5P4mTtu/jCeU/ox56r8LXZvjkV4DQFoqe5p2Zfk/z9nTvuat4r+grpW/RHvJP0umODsjigLAl/Ev13QZxj8WgesWY6Hsv6N6aJdiT8W//RoCmdT96z/PYzaBv4azv/myShe7bQRA5171A1NP4j9SgLZ8VTL1Px3eMJCBKsm/0Ewh3jwW4j++2NAwWipdv7F7NZc6W+i/ISzbDWOk4r8ySPpowP+2v520jH/RzNm/2CoZGjZ04T9z2gSLEGvfP4N6TnnB2t6/37XnRpLu5z9DX8G0Vs7TPxEihDl25Na/Ay0MinjU+z+dWr2vjVbyv51ava+NVvK/5AlaXjXD2T/rhdB4q2bkv3ZzWAPfjO4/YsSjdhe21T+FVrRJGL/iv6NZn6jDKuq/hnqw1uE63b9PChtpi67xPxGr++etU9s/0DcHIsevvT9cd9uklO7dv+iyOs+qx8K/LlCoiF3G5b8gSLDlwwIBwOxA3ItPiek/WJBDqjUHtz/9m+K7tEvtv12/Ztx50+U/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/gFDlc5MQ5z+4KAiqC5XCP1GwubZzEeg/ZQ57BEOrsD97vSsTN0/XvxFyt/LU37G/t0Y1B7yaAUBkWHdllLvqv7PA8aAXccu/RklOwZZO1z/RbyAbxrzYPy4rhSUhz/E/GYDDposZ6z8eaGkXl8wIQE+8wbMV7fQ/Olemag4677/rXdsSM/vIv/Vgr0q0Xae/8MecsQim9D8yzb5tqIfqv845P6kBw+a//74US4uw7b8fLiLyaDcBwGkaDN7Z2fc/mfzKWo7s0b8rFPxYWXj4P5kXEIqRoPQ/xka7kKdH3T94ya1z79XIP2skI71YRPA/nBDtlij96r+6nFKeUsjqvyxyW7d5od0/nnCHCvAp97/Euq7KtvLQP6Rkd40yK/U/b89nEpSBub/1dDA3xV/kvz6Ci6mjlf+/PUazwy46/D/DZXUAYPkCQEmIVyLjRe0/bmD7os2f87+39+x4667uv0GPtWKrIt0/1A3p41RT3r9+d6syMMnjv6702WmxtOI/bgvphpO44L/bC5gS00/+PwFjbPzflem/u2Us9dKO2b+UKFvt3B71vwDSgfowU/O/z0sLCbEk8T/nXxFSluXjvxZEkGwOEv+/ORk2JK968L8yBxMpDrncP5tzDOqENfY/Jp7zerXhrz8rFXN94jj3P2IGfrzsUfO/YI/r5QcV6j+K/ZRIj2MGwJyhLAt0W+K/29xclmB36T8eMY1nJfHWP5h2yHf0g9A/VDDbNg825r/0/uf8s4TUP/AdeBJ3F8U/B0DB6zsE+z/wHLSRm6P6PyqAxqqB8Oe/Ck3Q72LJyD+dOvqanPH5P0A1O0+iV88/XbHAg6vp8r+4hRom1hvpP6zueRtCTN6/3ycAPmE76T8D7umSTTrdv2INkoD3Jd8/G4TNwS/j9b95pbRvGZy/PykgdX8jzci/Cw/eWumsc798mZd7v/TcP+TyAx+T+Ny/7A1w9R069T8u1DaB0O34v4SuEHpCYcO/1eh7CXatyr8T6OJ5wZ/wvzm81abPreg/0RiRtzWJ+79APGeossnyP5VaYlELCag/hJgRRgEw9T/VvjmPw47Dv01B6KjGldG//13ZtL5E+D/iDubY3vL4v90kOOmXie0/T+nPQJRo4b/Um5TSntHuv33pRgdgguS/zkPvqZyQ9r8glT4twNDwvw5bOZa9iKq/HzRefLsP+L/6SJz3V5OTv9nRJnorlua/mSiqZEXy3r8s/WoY2GriP4tA+LsiNd6/OMtJFZkb4L/sR9o4QzXQv8ep9VDSVwPADJgxEOBr+L8S8jx2GuHEv4VoErDhheA/KGiVYSXm+b9gvA/WGzfcPxJ0dm9gT8M/Sca3P5eG5b9s0eONO77ZP6LEG64CpPa/bcWMOsRw8D+lHlP9zZ/4P1w13iNPmwhAdIQgJAkImb8t0BGlNNTxv9e+J2+HLPO/nZeB5so4BcCYK5fUth/Rvyf5BKoZzfA/RyWdxdKO+D+cr0jp2kvyv7o6r/chqu+//xCU9IHUwD+U4dKleRPcP450ZMbJ9uy/HBGZwU5VAMCc1uJePvrbP+HgVOSGG7W/5YlCC7hkuT8XY8wfzn7oPx9Y3NiSZeg/LZ8cJsis4T/XwjcyZJPsP6rTSvBwKsq/xUl/oGZ8/T+ILPHyYpQAwDJ8CaKBw6A/4WMboDl4079Ggr2gfgjyP0JKxg78zcE/UV0ELtgH0r95NqsLnyjZP5t+RcTmUPK/D9lMTGgt1T/PtCRTHLDyP9SOYqIeAeU/skIk9P6O0b//6lp8vombP/3q2j9k8eO/LKQ6tAFKz789PvUKVDzgvxc/u8dQiK6/kGHWX1IdAMB4VwGdWCvtvxQQG84dzKq/XFmneZ+C9r94wNFIUHT/P1h0zae1Ud+/2r0OZqfM8j+GwC+01vHwvzMO5GBnUe2/fHAOUNIasr9xYh074Fzxv75E7G0eis8/S1tNH6Y24T/d4mv5ALn8P9N7wddv0uU/hwVOHpjrSD8ZwyzbRIzvvxhEN0rwgrs/EqCJxAmD/r/XNx4Bvo/zv++m+88a4gHA8v7RDTPT9L+nJx7QhwfnP+i55m65GwDAWOSAcA17+D903tuh/m6nP9jViPvIc/e/Qrv7GOTb9z/UTL4o2+TJPwdAf56YjvM/QvV94pvoxb/fmPdcCeDlv9mGBK3TsfS/zkqnQjxp87/C0eHyczzmv3biVE18JPu/W0B/j9tI6b+71xZ8eirzPwF9cpp4guM/lnaHTdbXqb/iNsS0NCTov73Xx6qKWvI/ZLkxU3Pl+L+jxcQPUivuP8ztd5Bz3/w/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/Lk28UAut3z8TMHriEY76vxVjfM7oTMc/9Y+t5Evr8b+jDqgzYca2P0plt1j/KN4/4uFj84aM8r8TqcvwuL3LP7EBt6cYIOY//DnLx+gy/L9HjK7V0vbpv0cJvaqhU+2/yIJ92WX83D/rO5KXye/MPw+lC7gve/U/emBTJJ+H2b8GfmOifnT8vyuazAl4Vuq/nPdyCPbr1b9dBfgHb2PoP/EhL39OE/S/RvsaBLFO8T+2r7abZGXxv0dVrdH2u/C/zRNom3djhb+4vVhCVWrdvygOKu+Jj9S/8W9++s894j/yiIwxzP3pP1w4O/1+Mfk/bmlF4G1VvL+d2cbtqMPZv7+zDNANZeS/CqeviE/J8L91CKDWN3/jv6qpZJxCcOM/dI5Q3ZKg5j+wGRp728vqPwQlxrUnJ8q/xF1TZfKL6D+EVnYPGuL0vwqlPFpdbeI/XGnZ559r2T8SVDUsN7boP+8GIO5la88/zKK9A8Tgsj/b3/4RjRUDwPDZtbxiDdI/JMwpsgEe7D+ODy6NLybtP/mhuZF59vG/o6q9juo9xr929HIPuczjP1B/g39p7eC/PpgKdSNT2r93NIkejJzuPwcEENPYxfu/+EUUPoHU8b+FE8yDNEPxP4Ps1hQRprc/7T8LI4zL2L++y9BNXOT7v+aFVRSW9NQ/mjOUVfRhyT+tGMfm/RDiP5I9kV9yc9a/4LOe03864z8JzwaNrDfyvz0kC46zRPk/UXgAcbjl+j9WISKN6ILYP187eygTFPK/m8d8p3k23j8R5hqg9obzPw61W7WMZuQ/GdJTGjLy8L/n9Mn+/Pn9P9JgAkbNzPS/BtLO9CFS5z+anSMCuKXvv7yr5+JGHui/dneeOaRd5r/jYNQkv03oP7atVOfHG/U/4g7m2N7y+L8DLYFbu/3hv7tKcoh8vsu/72eEkxXb+j+8AFOmbpTrvzCmYJNQ3/8/enqGMmgnyj+4lDqCRdPkv+ZZvkVuJfm/K4gTwP5JAUC+Z1Rjkcq6v3ojoSN8Wfs/VMLMp+oo1b+czhVM3YAAwN/mwnpxieG/nh8oJ7yRBcBIwWb54IXrP8Ha5Od+lbY/486kKuuiwz9MAuqlFrHxPzFKLdkTieo/DXW1I0lGv79VT672bUvjv3OICdlOje8/8ihfwbQH1j/Oj7bFn7zZvxWmoJmbkuo/3ma5pxVf4D/G7vgtzyzsv34tMmk+6tc/xQmcPs88lz9EWXXABTL1PxmAJkLL5Oe/F5Mm93v397849suHp0LdvzOqPHpXjNo/Yy6qyOJYzb9Q8fh/u9Wgvykm92/vM76/7ftJgebV4D+PKKCTPFXdPyjd8FTWaMM/c4yoootzAEAqCZcsy9rivy/qamMnWPI/kYLvLEwv5b/3goauyLcCwJoqIlU4awPAbCtPriTTAUDRMO/0633mv8Fb7lKPKNw/+V3/T2Tjxb9e46XzgBACQM2J0eMnQNq/c1FozGbb7T8sNRxTXD0JQN4RbJZAIds/qq2vYERW6b+sLfAlANvpP95oCkth8Ou/6nrWIzqV9L9QhBrYTZF0P98jwCCNuPS/KsqmYBz56r/yZP/Rrl72P5y7pBP/Pea/f4jbnw+J0j+MxW3aAgHUP21vIb3CYO2/IZg3WD8l978rIUUVPcjLv8bantCaw/G/wSXqloKc0L8UvYXiIjquPz+0vZa6yti/N6f1iK3/4L+77TdoseTBP6eHk0ageNe/Cl3PC2ym6T9Tk1dHBGH0PyLb9/cnur6/bdTLZk1W+D9R8Eof8nvZvwjtLp95Tcs/9Wb6FNr67T8zIYUrFoDsv58IotdJN8q/20miN8ij27+ryPpJWAfsP7KhdyyYuOa/NA+xl38A7z8o9H7WU8XaP/y7dFO2hPO/GcwWJRBM3r9DIuraOfzyP2StPLZ3m9e/QQqforZ8tD+etwvvBZzRP1PB8PyZHtO/m3upH8VA3L/yXM957Ozmv10XrIyY9vC/54qic0edx78NQIOKLxj0v0B3EnjlF/G/e3iVnXxv3j/l1JAMYGjqv3GDcBI1f8y/MOENnOCO9z9efZijHF30v60UggLZnek/bXwCEtSx5b9KWYwrUOD2P5DhRjG1+eW/d0ljMs5i+j8sJQ07AfDfvxKlkQ3cBL6/kpwDc2lM6j83Kg6Q35LsvzNDti0GO/E/RDEEBsLgzL86YcwCuZjfv8WsZQHANPW/AzukYRsM8r8kD4NteYvQv1rPLxrg9cK/6dfYhfmfxj/FPHi8rXC+v2B9+gA9vfK/UlmyQ7EA8j+2mAhHNWvEPxa4xIl2L/o/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/qwhjfNQV+r9kAYLMXjrmv1LwOkXCfvW/kYFBSl+jnj9dXO2gpOTsP4YS0f+WwPA/JCcXxhtp4j+iF64oZzaxvydyfAx1XpW/r+lPmhbXzz+44JL4AAv3vwGig903TgFAIOKQIqWn+L8kITRwuSLpP0Z4Kdl/q/Q/oC+9vr4d0r9H+NTiXvTyv5p6bHf61QBAExBE/Nr49L8bBD9xmjK8P2pUqhbGAOy/ZzGA6MDt3j8Bv9L5rWHzv6ne3lKX6b8//MKfSHwc8r/sHxl4uof5v4ejZNG4aOm/xRUdpoYN/T/dOpSbeUL6v5MAswKmle8/ApQK5wDQ+T9BrNJIl6WvPy7W24clhva/CDHJXM2StL8NrtTzNkfBv12w6JSpyMG/ZGnMEYjY4b8mQmQbOlnWv4H0aG1gWfo/KLZaiQgk+D+v0BOUgfGTvzkhc7IEI/Q/SqjfFZtaqz+sPrKKl3rCP+EQmKsBluY/9MytYMvY8j9gtsHjAAz3Pzubxd9oIe8/MVYE0CGo2D80VGJup2D0v30KOJZZU+4/C7FuNIvE4j8yubv0e0LqP/upWUx5mrO/Jtx98u5I4j9NrnP2JS/0v8sWQxWLTu8/5x7JYiTS4b88kOCun0/fv18fs3rFm+a/63OSdWsG7b8mWvntEO7oPw/nnJND2vi/mnSCA8y88L96536mPyvHv0skuVG+BPW/awBUCKKh7j/CmWbRqlD1PwFmInIwZ8M/F4A1q2uE8z+rPr1BaTPzvwkMOplcyfa/S3gdNa054j/MQ+FCLSH2P7wdqE9Af7A/FOj16JUN3L+dopsqCcmlv/x/f+K7S9G/qh7gsFk56r8oTwfAF9D4v7k1yyWpaPm/l3pDxTPE4T/f1L70P2ngvz/cjyird/e/2DVmCScNp792Tq+8Mrb4v0MVZA8Jiva/UBLPDwMc4z/8GieaRljuv/eKBmq6VuW/yY+GZvqv4T9lSOcEDs+jP0YLhtvur9u/1TxSLVHAuj/A7D9W9creP+T/uflzkNc/6X3Wo85x3z9Gvp6kF9TvPyHJa8BvN/G/dZ3Vs0lf7D8ohUPCNpLjv4KhWp9hybi/Ymx9PQAi7L/MV2sKHqbCPy5PBPgk5NG/V86mEcp29T9g2QaMG1yhP0Tnfc+Lb9m/QyDlvVnlxT8l6A+kGsPqP7uB+uESPec/lCOiSQd55D//EGAYwm/wvzj2RXUWy++/rZmLwrg79T+KbygwWzvSPwLpoPcPubK/uU1/ydMB+j/z+4tgoujyv4WOVPn+vfI/31/Z4TXN9T/nuV4138rUv2c32tK5OeG/hAcy/9zE5z+AKCmk88fAP6BNjJU9CK4/futFcyo2379xRYDAGy3XP15W+yBIdvM/miOVetjg3D87uPqx/V3mP63E1tAglt6/H+1cnDpK/b+1rIkjUPzrv1FBrXu5ZvO/iw20NGsL9j8XNjpKQiv5P2nJxN1i/sq/1Mwt6c0AfL8T2CPFStPIv2KgKwmzRL2/IJh8u/Cn2D/CL7+w5pDvv0K880YEywBAg4VrS83OrD9yBSdcMyTYv5m/Hp9S4fi/Bs3KHRAouD+omua2I+rpPxcEQ5DxZMQ/dWQxdodH7b/SjE6eMxzmP3nZVHsJWwNAlmxwryKw178NmtkcwRbiPxtT9mlW6eE/JChFl4dD/D8hUauAXHLMP/3cBh0SGuC/nUPQs3YN6j92cSAcD2zxP4bDlADIXqe/4qkIflTb7z8L6+DtzlUCwPCpoPZfqPQ/gN9bsV7gxT9VImqIWQfVPwjitrHTPvM/AFt7rFZKwr9DIuraOfzyPzxkn/BlKfs/GrvE7UJwo79kKXQfmcPlv+2YGbWBKcg/wUu8Lhma+7/vjEirzQr1vzMhhSsWgOy/nJqzo3P+4T/c9vHFs1jwP0JFc/PdOsa/eU9wb5t76T9/+hmPwB/iP+S+z5spycs/2xJ39YI/AcCbhxLZxM/iP8cZY4HsG86/UuYHuRis37/TN6CXQofTvwlvo58CJue/NeHRViFP9D88vBkgrgfgP6ShKuCoD9I/etoqo3GL2j/ZxU4n2LDGvx6ArMoTvus/DxUd9c1o9r9KBY/9/fvwvw58yXz/Rvc/KEnYKtyY0D/XT0Y6+qvxP6BHv4S+jPa/LcW7iBaNpj8uNjxdLS/TP14bA54nQfi/7S18A2Bf7z8FOwa/O2zwv3nsiP6pPwDAHTiDUWV3sL8l9OWuTjj4PyTcDEcC7Pq/MDBDGeaA+T+8g9m1oraxP8j7/NvlhvW/8McTm1nN8T8uUKiIXcblvyV6d0EN0P6/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyvyxoB4EwbCtAd998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/9m7bDriy2T+Fkr5aU1jpvz+sBMxWp7g/+whOwt1lAcDv6m/MTyf1v4MqI0u4xuS/8aQgqn+28L+FD80vIrXsv5srlYbk6+m/nh4XSFkN0r+ntgjrALS0v8TJqjxwX+6/nAV8SksQ67+8gZhQfA/Pv81TcX8AgZe/SYlotICc27/FZq2mmAL9v6AT3J9exty/4wl+dNOw6T+YBgN4x3DbvyGy18mBWM4/EtOh83nG/L8BwhgbALzxP8Bo0MNxBsC/Qgqrc4LT9j8UEyOCyDPav2g9RpSFetE/yRBek3lY87+aIa9Q2x3PvyfkjWZdzOw/IsdxlI8boj+pE5xe1T/TP9qIUhlEwPa/RjXkM2SG8D9nsQUFs3bbP+elDdhD2bu/1zlLLKfIuL/5WYPSDXjmv4qEy0nf4uc/gyNl9gZM9r/mFUro9rfov+Axoc9Ose2/aD7YQjb20L8YvwmbUgTov0IciKAuotK/Zvf3yLSEvj+UAx4QcifbPzRmQ7VQyQBADJdrUnTu6z+f+kQcTBUCwDFGvWWHreU/1MuIP4H4+b+RZI4FozHGPxrskvUGm/W/xDe/Xdzv5D8OsCOYNgEHwLXfi/karfM/4HUIgkAHpj+wju99oZL7P3Keg/bYIOw/UaYgkqcL5795vjfp7friP3CtPKD/09m/K0jLuyfEAEBLJLlRvgT1v849JzKKaANAL2/HjDJ2+r8b1bBWHszOv4+TR5GPO94/68yNL2kQ/b8pgUiezkPdv0Z2AF9/kuS/UIySfnyO4D9+S50x1uvfP7RwI+m5c9U/pG3WWzS51j8jH77u9Dbkv7BSPmU+VPy/aVBJxzSc078A92v6OkHlP5ms0NHYjMK/e4Y4T05XAEAmakFGqk6Hvwdsr1RjBs4/UfbsVbch97+HqO4G75QEwA9HiE2EIu+/BeNhea3T0T/V/3ZSs0Dbvxob5CwS9cW/TqXaetgQ8r/MRc6+Lqf8P+ALHoQVQf2/vfEWdQYm5r+OJOTrBbvqvxf5s6asYMA/fdw5RDrV4j9vl859d87VP5i1NsjWi/A/ZOIMWwGcwj9Y+6COSDvUv3VcmPBZreS/7aRPHLZOtj8is9PGcCf+P4WqFcwyUPY/7bMLeY/po78pzi9L/lzyP97VEfKA4Pm/TI0yuACA9L92JhFur+7HPxG57/w2UOS/vL9QIEHwzr+BZrZGyEf8Pzk9OzB1oe8/VqgK2Y0Kmj+Xo6H0gCT2P4etMGqr7Pw/IY/CVKS4vT+4gWUX1yIBwPE4/sczVKM/kmXa7BpLrT8otNZql5rvv4pOJhAv8to/58BpOkM62D8/siALVvOaPxdtXpvNR+g/p57YutjC57+DNM77SBfXP1+82HF1avg/tGARtjd70r8lDg9kbz/uP9H3lVbm/co/ROyrhNa82j8+8bXzLYjuP13P2CYmfeg/Lpma/zwC2b+5DKgCwoHav/o46I3TEgBAdNyPnHJ93D9Zg1xvQmzzP8qTk4MvGrg/cojtF+aAxj9idSuVwf3mvz+WDeJJQes/pprbZUnbtb/5GbQLx4XXP9ZP5hIwM/A/QGGQMQKj+D/OCJ2JD/D0v46a/1X2ys2/MsKySXWy1b/p+wp+UuXZvxFv+9DzGALAeJOGg5kf8b8k+j2iJxv3v6WAJsej/vu/WIsC50w01b8CvMoOkPzAPyf5BKoZzfA/g1k482Ay278Mdpzw6tO3v0skH2oTvuC/iOUp+u/6rz/6KrDZRL7Mv3n5QI5SYfa/99fzndpj57/G0CO54OD1v+DFH3jEKue/CusUFqmd+D9PPnW4c0fyP2ZrQclwD9K/kQuJznI5/T9g8BylgpjRv6GQfAfwPfI/uVVWcNcnrT/NmVqrZGHMP9oH1Y3wV++/NoCqIIBp6L9mbmKW3r3JP5LJGcdhDvG/Kz+q5ABw7D+r1GMDWJbCPyb8m+kG1ue/t8j6Ehhk3T8wSBQTLN77P9vQrzBW+/E/D9jzL1od6j/wn12Qhtj6Pyan/zFRG+O/E7hiLFbP+z+Khdd7XIuxv2i+DJDwZ/o/d+0ozkBV1j+ou/ho+Qbjv4lzaO7hjeE/JJrcsIQV2789GAWzS0Xzv3Tv99bj396/UAQiJUQA6L936K/u4zLjP8q1CLuqPKu/TUaOAIEW+z+rmzXvJ7GAv5b+XDOfKOM/ezZWzpRYub+WVoBJz+BxPz0dzWOYN/c/ddXtCNSo6j9pQBqRjVngv4YednJULfm/ozTBWe/C+r8TmN1RMgAAQMlCplHAf9g/OMkLewWT9L+90R04M3zpv+5APulv6ec/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/d998FrSrsr9333wWtKuyv3fffBa0q7K/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/AAAAAAAA+H8AAAAAAAD4fwAAAAAAAPh/", "shape": [7, 13, 27]}, "right_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"eps": 1e-05, "momentum": 0.9, "num_features": 13, "use_batch_statistics": true}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, true, true, true]}, "rtol": 0.001, "several": 4.0, "step": 2, "summary": "BatchNorm1d(13, eps=1e-05, momentum=0.1, track_running_stats=True) on (7, 13, 27) float16, train x4 (input layouts contiguous,contiguous,transposed,contiguous; use_batch_statistics=True)", "torch_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"eps": 1e-05, "momentum": 0.1, "num_features": 13, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [true, true, true, true]}, "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
