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

PAYLOAD = json.loads(r'''{"atol": [0.009632152859480957, 0.00963206243551135], "case": {"affine": false, "bias": null, "dtype": "float32", "eps": 1e-05, "grad": false, "grad_seed": 379, "mindspore": {"data_format": "NCHW", "unmapped_init": {"weight": [1.51785409450531, 2.658440589904785]}}, "momentum": 0.8830331281634813, "num_features": null, "omit": ["eps"], "param_dtype": null, "rules_off": [], "running_mean": [-0.09481687843799591, 1.7644702196121216], "running_var": null, "schema": 1, "shape": [828, 2], "steps": [{"input": {"layout": "transposed", "offset": 10000.0, "outliers": 3, "scale": 0.1, "seed": 4918}, "mode": "eval"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "output-0bd8fc1758", "kind": "output", "quantity": "output", "reference": {"data": "/uaNPAeIw0ClPLxfHIfDQNLTj1wBiMNAcmC7/x6Hw0DnA5G8/YfDQKU8vF8ch8NA8KGMHAuIw0BTAcDfEIfDQJKHhrwdiMNAcxO3HyyHw0BraJJ8+YfDQLJfwL8Ph8NAKvqLHA2Iw0C0NLmfJYfDQO/ukPz9h8NAnS+/XxOHw0CJx42cB4jDQGmgwt8Ih8NAXbSPvAGIw0BrBrofI4fDQEC7i9wNiMNAe7GyfzmHw0BXDYr8EojDQMLou18dh8NAtmuK3BGIw0CyPcP/BofDQGtoknz5h8NAyoa3vyqHw0Cnt4ccGojDQAS9uf8jh8NA+D+IfBiIw0BMp77/FIfDQGQwjlwGiMNAz1jEnwOHw0CXDI+8A4jDQIClvB8bh8NArc2OfASIw0CBx7nfI4fDQLuBkTz8h8NAtDS5nyWHw0DLm4s8DojDQI8Mu/8fh8NAh/KUvPGHw0AwHby/HIfDQLQFk5z3h8NA7vu5PyOHw0D9opO89YfDQJ0vv18Th8NArPiVnO6Hw0DuarvfHofDQPZqj5wCiMNAca2/3xGHw0Dh7YlcE4jDQGp1u78eh8NAvDSNXAmIw0DJQr0/GYfDQBzXh7wZiMNA0HrBXwyHw0BkMI5cBojDQN6/wn8Ih8NApcCRfPuHw0BGb7rfIYfDQAaFiZwUiMNAYmi+vxWHw0CnJom8FYjDQOwExJ8Eh8NAQLuL3A2Iw0D7/MDfDYfDQCrYjlwEiMNA0C29fxmHw0BAmY4cBYjDQJBQtX8xh8NAl+qR/PqHw0AL9b0fF4fDQPZIktz5h8NACxe73x+Hw0Brio88AojDQLLOwV8Lh8NAy5uLPA6Iw0CO6r0/F4fDQDEykDwAiMNAqwW/3xOHw0C9VoocEojDQMJ5ur8hh8NA6UeLPA+Iw0AbMbXfMYfDQBy1ivwQiMNAMD+5fyWHw0AVyoq8EIjDQObMv38Rh8NAntWRPPuHw0Aafrm/JIfDQHpgj7wCiMNA1/a//xCHw0CCbYy8C4jDQD+mt18qh8NAQpCEvCOIw0D7a8J/CYfDQGSfj/wBiMNAanW7vx6Hw0BXnohcF4jDQGMbut8ih8NA4VyL/A6Iw0AwP7l/JYfDQAVBjxwDiMNAYmi+vxWHw0ClL5Mc94fDQD7zuz8dh8NAlwyPvAOIw0C6bL2/GIfDQNm+j5wBiMNAeHbCXwmHw0CeRJPc9ofDQArTwF8Oh8NAxB+NnAmIw0BNybu/HYfDQPg/iHwYiMNAZM61/y+Hw0DvEI68BojDQI+duV8kh8NABvSKPBCIw0DCV73/GIfDQBSojfwHiMNA9TO+XxaHw0C2/Ig8FojDQKwnvJ8ch8NAXhqH/BuIw0DKZLr/IYfDQBktlvzth8NA74y4nyeHw0A58ohcFojDQPwevp8Wh8NAtbiOvASIw0BMhcE/DIfDQIoLiBwZiMNA9IDCPwmHw0CvoodcGojDQHHPvJ8ah8NATt6PPAGIw0AZGMJ/CofDQCuLinwRiMNA7mq73x6Hw0AG9Io8EIjDQMmxvt8Uh8NAMTKQPACIw0A+Yr3fGIfDQKZRkNz/h8NAkOGz3zWHw0Aocpcc6ofDQPSAwj8Jh8NAQLuL3A2Iw0B/8sD/DYfDQMt5jnwFiMNAY4q7fx6Hw0D8gJb87IfDQPQRwZ8Nh8NAFcqKvBCIw0Bxrb/fEYfDQFQWlFz0h8NAXDC6nyKHw0AUF4+cA4jDQNFPuj8ih8NA4e2JXBOIw0A+87s/HYfDQEfzj/wAiMNAjsjAfw6Hw0CZcob8HYjDQPXEvL8ah8NArBqTXPeHw0DtlcL/CIfDQMRBilwSiMNAIHLDXwaHw0CfiI1cCIjDQPVVux8fh8NAl3uQXP+Hw0AZOr8/E4fDQP0zkhz6h8NA7mq73x6Hw0DncpJc+YfDQGP5vB8ah8NAVlqO3AWIw0Brl7h/J4fDQJ5mkJz/h8NAFGiyXzqHw0BsPYtcD4jDQBpcvP8bh8NAy3mOfAWIw0CdUbwfHIfDQIL+ihwQiMNA7Ui+HxaHw0C8EpCcAIjDQO23v78Rh8NA6JSPHAKIw0BUkr4/FYfDQF4ah/wbiMNA3i7EHwSHw0DThot8DojDQKXNur8gh8NAvKOO/ASIw0AMqLk/JIfDQCN+jXwIiMNAcGnFXwCHw0AxMpA8AIjDQBLgvV8Xh8NA8DKLfA+Iw0Dnf7ufHofDQCs+hpweiMNA33K+nxWHw0AjMYmcFYjDQD8Vuf8lh8NA4TqOPAaIw0DC6LtfHYfDQP+7hhwdiMNATBbAnxCHw0CR1IqcEIjDQGmgwt8Ih8NASeqFnB+Iw0DCV73/GIfDQAaFiZwUiMNAXMG4/yaHw0D+5o08B4jDQEZvut8hh8NA4n6IvBeIw0BGb7rfIYfDQPeMjFwLiMNA4La4HyeHw0ANvY28B4jDQLxBtp8uh8NArBqTXPeHw0CO6r0/F4fDQE+Ri1wOiMNAsxK83xyHw0BY4oLcKIjDQD1AwB8Qh8NApS+THPeHw0DC6LtfHYfDQLW4jrwEiMNAwwq5HyaHw0DolI8cAojDQBmpwN8Oh8NADJuQ/P6Hw0AwHby/HIfDQKA7iXwViMNA0C29fxmHw0ApJZM894fDQEtjxH8Dh8NAnmaQnP+Hw0BxPr4/FofDQHLkkBz+h8NAu/27Hx2Hw0BOb46cBYjDQHJgu/8eh8NAe4KMfAuIw0Aoob0fGIfDQFZ8i5wOiMNAgDa7fx+Hw0DEH42cCYjDQE7ruH8mh8NAeYuW3OyHw0A4TLZ/LofDQAQfklz6h8NAGTq/PxOHw0Dww4ncE4jDQKQav58Th8NA9SaVHPGHw0Ap5befKYfDQE+Ri1wOiMNA33K+nxWHw0BGQJTc84fDQPtrwn8Jh8NAg0KFnCGIw0Ai+rdfKYfDQOE6jjwGiMNA9VW7Hx+Hw0AxMpA8AIjDQNAtvX8Zh8NAywqN3AmIw0DlGcRfBIfDQMP9j9wAiMNACtPAXw6Hw0B1bIUcIYjDQPXEvL8ah8NApuKOPASIw0CPnblfJIfDQEAqjXwJiMNAo9bEHwKHw0B68Y0cB4jDQO77uT8jh8NATQmXXOuHw0AScby/G4fDQLN0lDzzh8NAq3TAfw+Hw0CBKZI8+ofDQGrkvF8ah8NAmL+K3BCIw0A4TLZ/LofDQK3NjnwEiMNA9ua5fyOHw0CYUIk8FYjDQE04vV8Zh8NAh9CX/OiHw0BrKLffK4fDQNLTj1wBiMNAtMW3/ymHw0BVOJEc/YfDQKbvt38ph8NAbKyM/AqIw0CflbafLYfDQJ8ZjLwMiMNAx9zF//6Gw0DbJIfcG4jDQNAtvX8Zh8NA6JSPHAKIw0D+87Z/LIfDQEfzj/wAiMNAKBC/vxOHw0BsrIz8CojDQCnlt58ph8NAgm2MvAuIw0CW1b1/F4fDQBQXj5wDiMNAyCDAfxCHw0DZvo+cAYjDQFQjvZ8Zh8NA/uaNPAeIw0DQnL4fFYfDQHrxjRwHiMNA0HrBXwyHw0BNvJJ8+IfDQLxBtp8uh8NA94yMXAuIw0CkGr+fE4fDQD8IkLwAiMNATIXBPwyHw0AhOpP89ofDQBMCux8gh8NAu/CS3PeHw0BUkr4/FYfDQEbRkjz4h8NA33K+nxWHw0DD/Y/cAIjDQN6/wn8Ih8NA/cSQfP6Hw0Ahtr3fF4fDQGtoknz5h8NAss7BXwuHw0Bl44l8E4jDQAuGvH8bh8NAZJ+P/AGIw0Bcn7s/HofDQHuCjHwLiMNAlma83xuHw0DCuZVc74fDQMHGvp8Uh8NA6diJnBOIw0BG3rt/HYfDQLyjjvwEiMNAVda4vyaHw0CAmJPc9YfDQOZdvt8Vh8NAru+LPA2Iw0Bxrb/fEYfDQKQNllzuh8NAq3TAfw+Hw0CtzY58BIjDQNALwL8Qh8NAKvqLHA2Iw0DIj8EfDIfDQBwkjJwMiMNA5sy/fxGHw0ANvY28B4jDQEqwyF/2hsNA2JyS3PiHw0Dnf7ufHofDQAWwkLz+h8NA9ne43yeHw0DKV5G8/IfDQBG+wJ8Oh8NAc3WPfAKIw0DtJsFfDYfDQHuCjHwLiMNAN3e9nxiHw0B7pIk8FIjDQBk6vz8Th8NAlwyPvAOIw0ADeb9/EofDQJd7kFz/h8NAPY3E/wKHw0DEH42cCYjDQPTvw98Eh8NAkWWJ/BSIw0Du2bx/GofDQHsTi9wPiMNAukrA/w+Hw0DMvYj8FojDQCnDut8gh8NAXCORXP2Hw0Cta7YfLofDQHMGjtwGiMNAlve6PyCHw0DEQYpcEojDQAuGvH8bh8NADd+KfBCIw0AxYbY/LofDQBYOhTwiiMNAOW6zPzeHw0BWfIucDojDQLv9ux8dh8NAbBuOnAaIw0BoXMhf94bDQNpxi7wOiMNACmS/vxKHw0BzBo7cBojDQKy4uv8gh8NADd+KfBCIw0CdwL2/F4fDQDFUjfwIiMNArCe8nxyHw0BeZ4vcDojDQKSrvf8Xh8NA/TOSHPqHw0DQnL4fFYfDQIFLj/wCiMNAICW/fxOHw0C1uI68BIjDQPVVux8fh8NAa/mQ3P2Hw0BEeMQ/A4fDQHN1j3wCiMNAgBS+vxaHw0C2a4rcEYjDQDGDs/82h8NAEiCZ/OSHw0CrBb/fE4fDQDlhivwRiMNAIvq3XymHw0Dhy4ycCojDQMiPwR8Mh8NA9x2LvA+Iw0BTTsS/A4fDQEFMijwSiMNAMK66HyGHw0AUOYxcDIjDQKt0wH8Ph8NA/5mJXBSIw0CHkLxfG4fDQFbrjDwKiMNArJa9PxiHw0BGYpGc/IfDQDd3vZ8Yh8NAxLCL/A2Iw0BjG7rfIofDQBsCj9wDiMNAfq7Gf/yGw0DuzJM89YfDQO77uT8jh8NAKxyJ3BWIw0BxHMF/DYfDQGaWhZwgiMNA5xC6/yKHw0AVfYbcHYjDQIHHud8jh8NAIlyQvP+Hw0Aoob0fGIfDQF6JiJwXiMNABCy7nx+Hw0Cds5R88ofDQBpcvP8bh8NAyuiPHAGIw0AjHLUfMofDQDFUjfwIiMNAN3e9nxiHw0DS9YwcCojDQGpTvv8Vh8NAw46OPAWIw0AKZL+/EofDQDiMkRz8h8NA0HrBXwyHw0C8o478BIjDQJVEvx8Th8NApnONnAiIw0BNybu/HYfDQGSfj/wBiMNAwui7Xx2Hw0CgXYY8HojDQFb4tX8vh8NA2HqVHPCHw0DgR7d/K4fDQFwjkVz9h8NAcRzBfw2Hw0A50IucDYjDQPwevp8Wh8NARmKRnPyHw0D1M75fFofDQF20j7wBiMNApKu9/xeHw0Axw46cBIjDQD1AwB8Qh8NAP3eRXPyHw0CQLri/KIfDQLw0jVwJiMNABL25/yOHw0ApJZM894fDQLywtz8qh8NAQJmOHAWIw0D7/MDfDYfDQK3NjnwEiMNAL/u+/xOHw0BHhI5cBYjDQC/7vv8Th8NAIu2OHASIw0DuarvfHofDQK08kBwAiMNAltW9fxeHw0BlwYy8CojDQHdUxZ8Ah8NAIu2OHASIw0ClPLxfHIfDQPUmlRzxh8NAgKW8HxuHw0Aa4JEc+4fDQPwevp8Wh8NAiceNnAeIw0DJ07ufHYfDQHrxjRwHiMNA2e21ny+Hw0AbAo/cA4jDQGSsuD8nh8NAXJKS/PiHw0An7sH/CofDQKZzjZwIiMNARHjEPwOHw0AMm5D8/ofDQNayxX//hsNAKvqLHA2Iw0Bjirt/HofDQIKPiXwUiMNA9VW7Hx+Hw0CP/5G8+ofDQJb3uj8gh8NAvKOO/ASIw0DflLtfHofDQHuCjHwLiMNAgDa7fx+Hw0DLeY58BYjDQKy4uv8gh8NAL+6VvO6Hw0CrBb/fE4fDQBsCj9wDiMNAL2rAnw+Hw0BIposcDojDQCnDut8gh8NAplGQ3P+Hw0Dnf7ufHofDQHsTi9wPiMNAiCG7vx+Hw0C954h8FojDQMGkwd8Lh8NABbCQvP6Hw0AZGMJ/CofDQDnyiFwWiMNAyUK9PxmHw0Aq2I5cBIjDQN6/wn8Ih8NAyPGZfOKHw0ATArsfIIfDQP+ZiVwUiMNABCy7nx+Hw0DRIJQ89IfDQBk6vz8Th8NAe6SJPBSIw0CdwL2/F4fDQFWnkrz4h8NArdq3vymHw0BdRY4cBojDQEyFwT8Mh8NAwtuSHPiHw0B/YcKfCYfDQCppjbwIiMNAs/C+HxSHw0C7gZE8/IfDQG/Yxv/7hsNA9mqPnAKIw0AglMAfD4fDQFWnkrz4h8NAW+y/HxGHw0A58ohcFojDQIhDuH8oh8NAKUeQ/P+Hw0B53LmfI4fDQJi/itwQiMNAJjvG3/2Gw0BeiYicF4jDQPtJxb8Ah8NAn4iNXAiIw0CkicA/D4fDQD5VlJzzh8NA9cS8vxqHw0Be+Ik8E4jDQO23v78Rh8NAP3eRXPyHw0CHkLxfG4fDQF5ni9wOiMNACmS/vxKHw0DncpJc+YfDQLjkyL/1hsNA2b6PnAGIw0CW97o/IIfDQD93kVz8h8NAQOqx3zuHw0Br+ZDc/YfDQBJxvL8bh8NAw46OPAWIw0AL9b0fF4fDQO2Imbzjh8NAybG+3xSHw0Aq+oscDYjDQANXwr8Jh8NA0zmHnBuIw0Ap5befKYfDQJ+IjVwIiMNANRHGX/6Gw0AVyoq8EIjDQAsXu98fh8NAG3GQfP+Hw0Bjirt/HofDQJAhj3wDiMNAL/u+/xOHw0DC25Ic+IfDQC5Iw98Gh8NAoDuJfBWIw0AMObifKIfDQHk+kvz5h8NAIAPCvwqHw0CQkJAc/4fDQPVVux8fh8NAgyCI3BiIw0DvjLifJ4fDQLw0jVwJiMNAOEy2fy6Hw0AcJIycDIjDQGmgwt8Ih8NAxNKIvBaIw0BFTb0fGYfDQHLkkBz+h8NACrHDnwWHw0Ctq5G8+4fDQMqGt78qh8NAp5WKXBGIw0BkrLg/J4fDQC/ulbzuh8NACmS/vxKHw0BGYpGc/IfDQIa7w38Fh8NAZA6RnP2Hw0CXiLmfJIfDQE8iirwSiMNA/K+8/xqHw0CYLox8DIjDQAS9uf8jh8NA94yMXAuIw0CyrMSfAofDQK2rkbz7h8NAf/LA/w2Hw0DKxpJc+IfDQMGkwd8Lh8NAKvqLHA2Iw0DgJbq/IofDQK7vizwNiMNAybG+3xSHw0DmUJWc8IfDQAuGvH8bh8NAj92U/PGHw0DvjLifJ4fDQCppjbwIiMNAeCm+fxaHw0DoJY58BojDQEW8vr8Uh8NAP3eRXPyHw0D25rl/I4fDQKcEjPwMiMNAKKG9HxiHw0BNmpW874fDQHlLuz8fh8NADb2NvAeIw0CBx7nfI4fDQNGxkpz4h8NA9ua5fyOHw0DnA5G8/YfDQEYAuT8mh8NAgSmSPPqHw0DQLb1/GYfDQFSFlfzvh8NA5arCvwiHw0D9xJB8/ofDQO1Ivh8Wh8NATQmXXOuHw0DgtrgfJ4fDQMk1lPzzh8NARby+vxSHw0AjMYmcFYjDQHptuP8nh8NAOK6O3ASIw0A3d72fGIfDQHLkkBz+h8NAgKW8HxuHw0C7gZE8/IfDQCG2vd8Xh8NApuKOPASIw0DWssV//4bDQNicktz4h8NAXDC6nyKHw0BB3YicFojDQER4xD8Dh8NAclOSvPmHw0BMp77/FIfDQJCQkBz/h8NAaFzIX/eGw0DEH42cCYjDQO77uT8jh8NA/neMnAuIw0AhR7w/HIfDQHX9g3wliMNAU9/CHwiHw0AxMpA8AIjDQBMCux8gh8NAyuiPHAGIw0ClPLxfHIfDQEg3inwSiMNAtKO6PyGHw0Bj7JPc9IfDQLv9ux8dh8NATZqVvO+Hw0AZOr8/E4fDQCN+jXwIiMNAaaDC3wiHw0CRZYn8FIjDQBpcvP8bh8NADJuQ/P6Hw0DQLb1/GYfDQFcNivwSiMNAZKy4PyeHw0DD/Y/cAIjDQPTvw98Eh8NAG5ONPAiIw0CyX8C/D4fDQDChkdz7h8NAeJi/HxKHw0BAu4vcDYjDQASbvD8bh8NAXUWOHAaIw0CmorOfNofDQFWnkrz4h8NAf2HCnwmHw0C78JLc94fDQAyouT8kh8NA/yqIvBiIw0A+0b5/FIfDQILcjVwHiMNA3r/CfwiHw0DRQpH8/IfDQFPfwh8Ih8NAn4iNXAiIw0BhJMQ/BIfDQF20j7wBiMNA9BHBnw2Hw0AwoZHc+4fDQMHGvp8Uh8NAV8CFHCCIw0CeBLg/KYfDQE8AjfwJiMNAA+jAHw6Hw0A4ro7cBIjDQCnDut8gh8NAMH+UHPOHw0Bcn7s/HofDQNFCkfz8h8NAIdi6nyCHw0C1SY0cCYjDQCByw18Gh8NAHLWK/BCIw0CsuLr/IIfDQHS5ifwTiMNAN3e9nxiHw0D9xJB8/ofDQNZDxN8Dh8NAgJiT3PWHw0B/g79fEofDQD93kVz8h8NAEk+//xKHw0Cf9478A4jDQPQRwZ8Nh8NA4e2JXBOIw0CmEbU/MofDQKBdhjweiMNAjabDvwWHw0Bb35bc64fDQDZVwN8Ph8NAlwyPvAOIw0AwP7l/JYfDQGN9kjz5h8NAMK66HyGHw0AEH5Jc+ofDQAI1xf8Ah8NADAqSnPqHw0D8Hr6fFofDQF5ni9wOiMNAwnm6vyGHw0CsGpNc94fDQGJGwf8Mh8NAy3mOfAWIw0BEeMQ/A4fDQMQfjZwJiMNAPvO7Px2Hw0BIWYc8G4jDQJUiwl8Kh8NAJFOGXB6Iw0C8QbafLofDQECZjhwFiMNAu/27Hx2Hw0AOAYg8GYjDQLrbvl8Uh8NAbKyM/AqIw0A+87s/HYfDQFwjkVz9h8NAVCO9nxmHw0AThpA8/4fDQCFHvD8ch8NA2uCMXAqIw0D2d7jfJ4fDQOE6jjwGiMNA2cu43yaHw0B0KIucD4jDQMr1uF8mh8NABUGPHAOIw0DfA73/GYfDQEcVjbwJiMNAauS8XxqHw0AUOYxcDIjDQO23v78Rh8NAG5ONPAiIw0CyzsFfC4fDQEcVjbwJiMNAIba93xeHw0D22ZA8/ofDQOcQuv8ih8NA/TOSHPqHw0Bcn7s/HofDQMTSiLwWiMNA/B6+nxaHw0C78JLc94fDQGLXv18Rh8NADU6MHAyIw0Ax0LffKYfDQIilkNz+h8NAuSjDPweHw0CnBIz8DIjDQJZmvN8bh8NArhGJ/BWIw0D1M75fFofDQJ5mkJz/h8NAPmK93xiHw0BqtZZc7IfDQE1auh8ih8NA9/uN/AaIw0ATArsfIIfDQNoCihwTiMNAL4y9XxiHw0C0J5BcAIjDQIa7w38Fh8NAIw+M3AyIw0CHbr+fEofDQAybkPz+h8NAKDK8fxyHw0AMLI9cA4jDQLKsxJ8Ch8NA7l2SnPmHw0B/g79fEofDQHk+kvz5h8NA5arCvwiHw0C9xYu8DYjDQHHPvJ8ah8NAlwyPvAOIw0BLQce/+obDQADeg9wliMNAtKO6PyGHw0ByU5K8+YfDQLPwvh8Uh8NAXUWOHAaIw0D1M75fFofDQBSojfwHiMNAnVG8HxyHw0AG9Io8EIjDQDcIvP8ch8NAateTHPWHw0BLY8R/A4fDQDnQi5wNiMNA14e+XxWHw0Difoi8F4jDQAVOuF8oh8NAIu2OHASIw0CyPcP/BofDQE5Nkdz8h8NAqsHEXwKHw0CgO4l8FYjDQCfuwf8Kh8NAy3mOfAWIw0AELLufH4fDQDIHiRwWiMNAacK/nxGHw0Brio88AojDQN9yvp8Vh8NAbfCGfByIw0DJsb7fFIfDQHkclTzxh8NA7mq73x6Hw0CzdJQ884fDQFyfuz8eh8NAzL2I/BaIw0BFvL6/FIfDQFwjkVz9h8NADKi5PySHw0Ay5YtcDYjDQNipux8eh8NAljeW3O2Hw0D1M75fFofDQLQFk5z3h8NAKcO63yCHw0ApJZM894fDQFSSvj8Vh8NAezWInBiIw0CdwL2/F4fDQEKQhLwjiMNAz+nC/weHw0BBTIo8EojDQCd/wF8Ph8NAOT+NPAmIw0DnELr/IofDQCppjbwIiMNA53+7nx6Hw0DvEI68BojDQIA2u38fh8NAdCiLnA+Iw0AJIMU/AYfDQJCyjdwHiMNAacK/nxGHw0DRQpH8/IfDQMnTu58dh8NAtCeQXACIw0CrBb/fE4fDQJcMj7wDiMNAo2fDfwaHw0BIWYc8G4jDQCnlt58ph8NAPwiQvACIw0Bb7L8fEYfDQNFCkfz8h8NAyI/BHwyHw0BlwYy8CojDQCaqx3/5hsNAcuSQHP6Hw0CNhMb//IbDQLW4jrwEiMNA3uG/PxGHw0AwoZHc+4fDQObMv38Rh8NAiIOTHPaHw0B5S7s/H4fDQCN+jXwIiMNAz+nC/weHw0BWWo7cBYjDQFSSvj8Vh8NAiceNnAeIw0Apw7rfIIfDQFXJj3wBiMNAjabDvwWHw0CR1IqcEIjDQO2Vwv8Ih8NADCyPXAOIw0CXiLmfJIfDQF3WjHwKiMNAPvO7Px2Hw0AptpGc+4fDQD5ivd8Yh8NAG3GQfP+Hw0CPe7yfG4fDQOfhk/z0h8NATIXBPwyHw0DaAoocE4jDQC9qwJ8Ph8NAGuCRHPuHw0ADCr7fFofDQP+ZiVwUiMNATPTC3weHw0CtPJAcAIjDQKrBxF8Ch8NAtJaR/PuHw0CBx7nfI4fDQHLkkBz+h8NAyvW4XyaHw0BWWo7cBYjDQI2mw78Fh8NADR8srAW6w0AwrrofIYfDQK8zhrweiMNAAwq+3xaHw0BkDpGc/YfDQP7ztn8sh8NAxEGKXBKIw0CPe7yfG4fDQEZikZz8h8NAwTXAPxCHw0C2jYecGojDQObMv38Rh8NARxWNvAmIw0DhabQ/NIfDQBuTjTwIiMNATBbAnxCHw0C2Hob8HojDQGK1wp8Ih8NA53KSXPmHw0DBxr6fFIfDQPcdi7wPiMNARZrB/wuHw0DEsIv8DYjDQNALwL8Qh8NA9mqPnAKIw0B5S7s/H4fDQDFUjfwIiMNAPa/BvwuHw0AptpGc+4fDQBJxvL8bh8NAKvqLHA2Iw0Cz8L4fFIfDQLo9l7zqh8NAN5m6XyGHw0CfiI1cCIjDQFb4tX8vh8NAuj2XvOqHw0ALF7vfH4fDQMubizwOiMNApc26vyCHw0BUFpRc9IfDQBiHwx8Gh8NAtCeQXACIw0Bpwr+fEYfDQJ5mkJz/h8NAyG3EXwOHw0B0KIucD4jDQNCcvh8Vh8NAXmeL3A6Iw0BFTb0fGYfDQK4RifwViMNAEk+//xKHw0AUF4+cA4jDQBk6vz8Th8NAkCGPfAOIw0CsJ7yfHIfDQPAyi3wPiMNAPR7DXweHw0D2ao+cAojDQCL6t18ph8NAmQOFXCKIw0Cc68TfAYfDQAZjjNwLiMNAW1vBvwyHw0Abk408CIjDQHncuZ8jh8NABB+SXPqHw0BpD8R/BIfDQGw9i1wPiMNAh/+9/xaHw0CtzY58BIjDQBk6vz8Th8NADJuQ/P6Hw0AKQsL/CYfDQMsKjdwJiMNAnuK6fyCHw0ClwJF8+4fDQGGTxd//hsNAV8CFHCCIw0Du2bx/GofDQLQnkFwAiMNAeiC0HzWHw0BcI5Fc/YfDQFSSvj8Vh8NAFKiN/AeIw0A9r8G/C4fDQCMPjNwMiMNA5u68PxqHw0Aiy5Fc+4fDQN+Uu18eh8NAGS2W/O2Hw0BdBbN/OIfDQOCpj9wBiMNA12XBnwyHw0DLm4s8DojDQHflw/8Eh8NA4cuMnAqIw0DJsb7fFIfDQGuKjzwCiMNAN3e9nxiHw0CBS4/8AojDQHm6vN8ah8NAFKiN/AeIw0Clzbq/IIfDQE8iirwSiMNAGTq/PxOHw0AMLI9cA4jDQCqYs782h8NAP3eRXPyHw0CIIbu/H4fDQPW3k3z1h8NAGanA3w6Hw0DuO5Xc8IfDQMnTu58dh8NAGwKP3AOIw0D1M75fFofDQMJKlLzzh8NAnS+/XxOHw0D+5o08B4jDQGsot98rh8NAtbiOvASIw0CzErzfHIfDQOZQlZzwh8NAIHLDXwaHw0BxMZX88IfDQGOKu38eh8NAtJaR/PuHw0DRvrvfHYfDQJ5mkJz/h8NAalO+/xWHw0Bkn4/8AYjDQFNwwX8Mh8NAoMyH3BmIw0ClPLxfHIfDQIFLj/wCiMNAJ8zEPwKHw0D3+438BojDQDbmvj8Uh8NAiTaPPAOIw0Apw7rfIIfDQNJkjrwFiMNADDm4nyiHw0CC3I1cB4jDQNgYvb8Zh8NAtJaR/PuHw0A/hLqfIYfDQCMPjNwMiMNAGn65vySHw0CuEYn8FYjDQCG2vd8Xh8NAGZyXnOmHw0ATArsfIIfDQOHLjJwKiMNA7Ui+HxaHw0BIN4p8EojDQFQjvZ8Zh8NA4cuMnAqIw0DDCrkfJofDQPeuiRwUiMNA/UC7Xx+Hw0DxdoX8IIjDQI43wh8Kh8NAl3uQXP+Hw0AuSMPfBofDQMJKlLzzh8NAuSjDPweHw0DE0oi8FojDQKSrvf8Xh8NAy3mOfAWIw0CkGr+fE4fDQMy9iPwWiMNAMB28vxyHw0ApR5D8/4fDQJQAxZ8Bh8NAn4iNXAiIw0C6bL2/GIfDQJAhj3wDiMNAwle9/xiHw0BeGof8G4jDQLPwvh8Uh8NAevGNHAeIw0D8r7z/GofDQLtflHzzh8NAlSLCXwqHw0DoJY58BojDQFS0u/8dh8NAiumKXBCIw0BMFsCfEIfDQNGxkpz4h8NAifaznzWHw0BraJJ8+YfDQPQRwZ8Nh8NA/5mJXBSIw0ATk7l/JIfDQP7mjTwHiMNARSvAXxCHw0Df9pO89IfDQP1iuB8oh8NAnmaQnP+Hw0Dev8J/CIfDQLXai3wNiMNAXVK3XyuHw0CBS4/8AojDQCnDut8gh8NAMTKQPACIw0ATJLjfKIfDQKZzjZwIiMNA14e+XxWHw0CIg5Mc9ofDQLVWtl8uh8NA9tmQPP6Hw0D+87Z/LIfDQOHLjJwKiMNAPY3E/wKHw0B5i5bc7IfDQLv9ux8dh8NAiViM/AuIw0AaXLz/G4fDQMRBilwSiMNA/hW0PzWHw0BraJJ8+YfDQHJgu/8eh8NAes+QXP6Hw0AELLufH4fDQMK5lVzvh8NAeAfBvw2Hw0AMLI9cA4jDQKtSw78Gh8NAdWyFHCGIw0C0o7o/IYfDQCm2kZz7h8NA0b673x2Hw0CuXo3cCIjDQHKCuL8nh8NA4e2JXBOIw0B4dsJfCYfDQGN9kjz5h8NAq+PBHwuHw0CtPJAcAIjDQBLgvV8Xh8NAbM6JvBOIw0DtlcL/CIfDQLW4jrwEiMNAA+jAHw6Hw0AiXJC8/4fDQEynvv8Uh8NAVcmPfAGIw0Af4cT/AYfDQOFci/wOiMNAXMG4/yaHw0ByU5K8+YfDQFtbwb8Mh8NAgJiT3PWHw0C5KMM/B4fDQAZjjNwLiMNAngS4PymHw0C1SY0cCYjDQLLOwV8Lh8NAxLCL/A2Iw0BkrLg/J4fDQDChkdz7h8NA+9rDHwWHw0C9VoocEojDQL/PyP/1hsNAV56IXBeIw0DC6LtfHYfDQCrYjlwEiMNAEuC9XxeHw0CR9odcGYjDQO7ZvH8ah8NAvDSNXAmIw0CIsrkfJIfDQCMxiZwViMNAOCq5vyWHw0BxoJac7IfDQOBHt38rh8NAC3mTPPaHw0CcnsD/DofDQNicktz4h8NAalO+/xWHw0CC/oocEIjDQNCcvh8Vh8NAQUyKPBKIw0BG3rt/HYfDQJ5mkJz/h8NARSvAXxCHw0AbAo/cA4jDQFSSvj8Vh8NAGuCRHPuHw0BpD8R/BIfDQDiMkRz8h8NA9KK//xGHw0CZA4VcIojDQANXwr8Jh8NA2b6PnAGIw0Dfcr6fFYfDQP8qiLwYiMNARt67fx2Hw0C8o478BIjDQAyouT8kh8NAbV+IHBiIw0DYOrp/IofDQHLkkBz+h8NARm+63yGHw0AMLI9cA4jDQCnDut8gh8NA5wORvP2Hw0DEvbQ/M4fDQInHjZwHiMNAT1Gwv0CHw0DEH42cCYjDQObMv38Rh8NAKSWTPPeHw0ByYLv/HofDQCJckLz/h8NA53+7nx6Hw0CWWZOc9ofDQJWzwL8Oh8NAG3GQfP+Hw0AvjL1fGIfDQMRBilwSiMNAsxK83xyHw0D3+438BojDQBrtul8gh8NAtCeQXACIw0BkrLg/J4fDQAZjjNwLiMNANsTBfwuHw0CugIqcEYjDQEUrwF8Qh8NAXdaMfAqIw0C6275fFIfDQGQOkZz9h8NA817FfwCHw0BWWo7cBYjDQGJGwf8Mh8NA9mqPnAKIw0Cm77d/KYfDQFQWlFz0h8NAnVG8HxyHw0CDsYY8HYjDQGP5vB8ah8NAIlyQvP+Hw0Ct2re/KYfDQK2rkbz7h8NAFEa1nzGHw0CBupCc/ofDQJVEvx8Th8NASDeKfBKIw0BAN7a/LofDQLb8iDwWiMNAP4S6nyGHw0ALeZM89ofDQKsFv98Th8NAOfKIXBaIw0BNybu/HYfDQOlHizwPiMNAyvW4XyaHw0AMLI9cA4jDQJcZuP8oh8NAtJaR/PuHw0Bbfb5/FYfDQHTbhrwciMNAYte/XxGHw0CugIqcEYjDQCgyvH8ch8NA0vWMHAqIw0AgA8K/CofDQNGxkpz4h8NAf4O/XxKHw0C8NI1cCYjDQO7ZvH8ah8NAFg6FPCKIw0AhR7w/HIfDQOnYiZwTiMNA0b673x2Hw0CRZYn8FIjDQMggwH8Qh8NAVlqO3AWIw0DnobhfJ4fDQNJkjrwFiMNAu/27Hx2Hw0CeZpCc/4fDQMObt38qh8NApuKOPASIw0DBNcA/EIfDQOfhk/z0h8NAnA3CnwqHw0AjoIo8EYjDQMMKuR8mh8NADCyPXAOIw0DBNcA/EIfDQJkDhVwiiMNATcm7vx2Hw0CRQ4w8DIjDQAN5v38Sh8NAT7OIHBeIw0Dtt7+/EYfDQAZjjNwLiMNAcoK4vyeHw0A9EZoc4ofDQAyouT8kh8NA/wiL/A+Iw0ALhrx/G4fDQOn6hlwciMNAb9jG//uGw0CXe5Bc/4fDQLzStP8yh8NAgbqQnP6Hw0BFK8BfEIfDQCrYjlwEiMNA7mq73x6Hw0BeZ4vcDojDQLMSvN8ch8NA7xCOvAaIw0Aoob0fGIfDQIMgiNwYiMNATIXBPwyHw0AxVI38CIjDQPUzvl8Wh8NApwSM/AyIw0D8Hr6fFofDQMubizwOiMNAn5W2ny2Hw0AFQY8cA4jDQME1wD8Qh8NAC+iU3PGHw0CHkLxfG4fDQOqLhbwgiMNAnJ7A/w6Hw0D+VY/cAojDQD5ivd8Yh8NA2uCMXAqIw0DIIMB/EIfDQDiujtwEiMNAyP7CvweHw0C2a4rcEYjDQFwwup8ih8NARtGSPPiHw0CsJ7yfHIfDQIJtjLwLiMNAE5O5fySHw0CR1IqcEIjDQMJXvf8Yh8NASMiI3BaIw0Bj+bwfGofDQHrPkFz+h8NA35S7Xx6Hw0Axw46cBIjDQNnLuN8mh8NAMcOOnASIw0CcDcKfCofDQDFUjfwIiMNA9VW7Hx+Hw0BXDYr8EojDQIghu78fh8NAgJiT3PWHw0CANrt/H4fDQGXBjLwKiMNA7tm8fxqHw0AolJTc8ofDQC/7vv8Th8NAR/OP/ACIw0COWb/fEofDQOiUjxwCiMNA3lDB3wyHw0DSZI68BYjDQMJ5ur8hh8NAOK6O3ASIw0DCV73/GIfDQO9/j1wCiMNAwaTB3wuHw0AcJIycDIjDQNipux8eh8NA6fqGXByIw0D8r7z/GofDQJAhj3wDiMNAumy9vxiHw0BPAI38CYjDQIiyuR8kh8NAmFCJPBWIw0CnM7L/OofDQA1OjBwMiMNA7mq73x6Hw0DLm4s8DojDQOWqwr8Ih8NA9mqPnAKIw0DfA73/GYfDQMubizwOiMNABpKy3zmHw0CgzIfcGYjDQO77uT8jh8NA/lWP3AKIw0BGALk/JofDQLo9l7zqh8NA+/zA3w2Hw0CXDI+8A4jDQNICtl8vh8NA+D+IfBiIw0AZOr8/E4fDQKZzjZwIiMNA7Ui+HxaHw0A58ohcFojDQOWIxf//hsNApuKOPASIw0Cr48EfC4fDQDiMkRz8h8NA9KK//xGHw0CnlYpcEYjDQPXEvL8ah8NAxEGKXBKIw0AmO8bf/YbDQAaFiZwUiMNAfq7Gf/yGw0B7gox8C4jDQD7zuz8dh8NAvKOO/ASIw0CApbwfG4fDQA1OjBwMiMNAIJTAHw+Hw0BckpL8+IfDQO1Ivh8Wh8NADCyPXAOIw0AwHby/HIfDQLyjjvwEiMNATBbAnxCHw0Dv7pD8/YfDQE58t98qh8NAcuSQHP6Hw0DYeluvF7nDQF1FjhwGiMNAyCDAfxCHw0AV7Id8GYjDQJRvxj/9hsNAbYGF3CCIw0B/0MM/BYfDQCGplJzyh8NA9KK//xGHw0DpR4s8D4jDQJcZuP8oh8NAkJCQHP+Hw0AMObifKIfDQAXSjXwHiMNA3wO9/xmHw0A50IucDYjDQLKsxJ8Ch8NAVuuMPAqIw0DIj8EfDIfDQBXKirwQiMNAurnBnwuHw0CfiI1cCIjDQP7ztn8sh8NAE4aQPP+Hw0A4Krm/JYfDQFZajtwFiMNAEk+//xKHw0AwEJN894fDQFsOvd8Zh8NAIsuRXPuHw0D7/MDfDYfDQGPsk9z0h8NA5jvBHw2Hw0A3+5K894fDQE3Ju78dh8NABvSKPBCIw0DQLb1/GYfDQD/mkvz3h8NA1rLFf/+Gw0Axw46cBIjDQK3at78ph8NArauRvPuHw0AEm7w/G4fDQHmtk5z1h8NA4CW6vyKHw0DYnJLc+IfDQGLXv18Rh8NA2S2RPP2Hw0AglMAfD4fDQIk2jzwDiMNAA+jAHw6Hw0CBupCc/ofDQArTwF8Oh8NAyuiPHAGIw0A+87s/HYfDQO8QjrwGiMNAA3m/fxKHw0CCbYy8C4jDQAPowB8Oh8NATt6PPAGIw0CHbr+fEofDQOgljnwGiMNAf2HCnwmHw0D+d4ycC4jDQJ0vv18Th8NArl6N3AiIw0ByYLv/HofDQJAhj3wDiMNAPmK93xiHw0DD/Y/cAIjDQHr+tl8sh8NAy3mOfAWIw0D8r7z/GofDQNlPjvwFiMNAwwq5HyaHw0CVFZkc5YfDQF10tB80h8NAI6CKPBGIw0BiRsH/DIfDQLPjldzuh8NA4CW6vyKHw0CBS4/8AojDQIf/vf8Wh8NAK4uKfBGIw0AwHby/HIfDQN/2k7z0h8NANsTBfwuHw0ANHyysBbrDQBk6vz8Th8NAzL2I/BaIw0CHkLxfG4fDQJ/3jvwDiMNA40TLf+6Gw0D3HYu8D4jDQJVEvx8Th8NADU6MHAyIw0CIsrkfJIfDQNpxi7wOiMNAGTq/PxOHw0DDjo48BYjDQMlCvT8Zh8NArc2OfASIw0CBWLg/KIfDQEeEjlwFiMNAA1fCvwmHw0DiD4ccHIjDQNB6wV8Mh8NAateTHPWHw0AwrrofIYfDQHQoi5wPiMNA9cS8vxqHw0BsG46cBojDQBnLvZ8Xh8NAR4SOXAWIw0BVZ7cfK4fDQIfylLzxh8NApTy8XxyHw0B6YI+8AojDQJ4EuD8ph8NAvVaKHBKIw0DtSL4fFofDQGwbjpwGiMNA9TO+XxaHw0A+VZSc84fDQPXEvL8ah8NA", "shape": [828, 2]}, "rtol": 1.3e-06, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"running_mean": [-0.09481687843799591, 1.7644702196121216]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "momentum": 0.8830331281634813, "num_features": 2, "track_running_stats": true}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [false]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn", "mode": "eager", "plan": {"assigned_init": {"gamma": [1.51785409450531, 2.658440589904785], "moving_mean": [-0.09481687843799591, 1.7644702196121216]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "data_format": "NCHW", "momentum": 0.11696687183651866, "num_features": 2}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false]}}], "step": 0, "summary": "BatchNorm1d(2, momentum=0.8830331281634813, affine=False, track_running_stats=True) on (828, 2) float32, eval (input layouts transposed; MindSpore-only initial weight; data_format=\u0027NCHW\u0027)", "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
