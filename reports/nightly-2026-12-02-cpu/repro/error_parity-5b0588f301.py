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

PAYLOAD = json.loads(r'''{"atol": [9.565406265896306e-05, 9.441328525897262e-05], "case": {"affine": false, "bias": null, "dtype": "float32", "eps": 1e-05, "grad": true, "grad_seed": 17, "mindspore": {}, "momentum": 0.1, "num_features": null, "omit": ["eps"], "param_dtype": null, "rules_off": ["parameter_names"], "running_mean": [-0.3227595090866089, -0.16913767158985138], "running_var": null, "schema": 1, "shape": [499, 2, 2], "steps": [{"input": {"constant_channels": [1], "offset": -100.0, "outliers": 2, "scale": 0.1, "seed": 4294967295}, "mode": "eval"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "error_parity-5b0588f301", "kind": "error_parity", "quantity": "output", "reference": {"data": "5EcTXnzrWMBbiJXe7ulYwNjTkcAktVjA2NORwCS1WMBgOZs/0OZYwFYxS/3e7VjA2NORwCS1WMDY05HAJLVYwLj3Lp8a6FjAx/aZWhb2WMDY05HAJLVYwNjTkcAktVjAmojquS34WMCw2R1dae5YwNjTkcAktVjA2NORwCS1WMCdyp7d3+xYwHTzhl4b6ljA2NORwCS1WMDY05HAJLVYwECEmxz371jAZsKqWfD4WMDY05HAJLVYwNjTkcAktVjAdM5NAaLhWMDC43S9X+1YwNjTkcAktVjA2NORwCS1WMBUor29gexYwIu2cqA+5FjA2NORwCS1WMDY05HAJLVYwAZj3/wn71jAtgVhHo/qWMDY05HAJLVYwNjTkcAktVjA0iYFvbTuWMCuPdl9LexYwNjTkcAktVjA2NORwCS1WMAsgBJ/cehYwMhXlD/l5ljA2NORwCS1WMDY05HAJLVYwOAoAp6w61jAlOEPvobrWMDY05HAJLVYwNjTkcAktVjAuoeyH4nmWMCa4tD9RuxYwNjTkcAktVjA2NORwCS1WMBUQuTdC+xYwAM6+V+x5VjA2NORwCS1WMDY05HAJLVYwKPV2h8O5ljAJMLaHDbvWMDY05HAJLVYwNjTkcAktVjAW+JQXsDqWMAxwwyBaOJYwNjTkcAktVjA2NORwCS1WMDdrM78Wu9YwO93fsAa5FjA2NORwCS1WMDY05HAJLVYwJKQXp6W6ljA8ufFPlvpWMDY05HAJLVYwNjTkcAktVjA2wPTfUDsWMBrhbo9i+xYwNjTkcAktVjA2NORwCS1WMCoL2GejupYwAyeSn7T6ljA2NORwCS1WMDY05HAJLVYwAtnB56g61jAfJ0YWa76WMDY05HAJLVYwNjTkcAktVjACn+0H4PmWMAWDthcPu9YwNjTkcAktVjA2NORwCS1WMAcPnjALeRYwHv/jR0T7VjA2NORwCS1WMDY05HAJLVYwOTMUF+z51jAgALAfXrsWMDY05HAJLVYwNjTkcAktVjAsETtHuPoWMCC4TNg/uRYwNjTkcAktVjA2NORwCS1WMC2rgwAduVYwJo9gr4p6ljA2NORwCS1WMDY05HAJLVYwIrxbP137VjAUpJPH7fnWMDY05HAJLVYwNjTkcAktVjA+Mh1QDXkWMD7jhucffFYwNjTkcAktVjA2NORwCS1WMAydeebHPJYwKkM6f7v6FjA2NORwCS1WMDY05HAJLVYwH8FJ98y6FjAeGnsPADvWMDY05HAJLVYwNjTkcAktVjAGKcLY1HcWMAF/t39HuxYwNjTkcAktVjA2NORwCS1WMDrhTXeE+tYwNrYe8Ai5FjA2NORwCS1WMDY05HAJLVYwBpLtP6Q6VjATeji/Q/sWMDY05HAJLVYwNjTkcAktVjAWTHGXlrpWMC97nTcbPBYwNjTkcAktVjA2NORwCS1WMBq5g79lu5YwH8qYDys8FjA2NORwCS1WMDY05HAJLVYwAftRB3y7VjAn1bwf8zlWMDY05HAJLVYwNjTkcAktVjA3GR32n/2WMBSAVG/sudYwNjTkcAktVjA2NORwCS1WMB7Ys5eQelYwJe8Jv5A61jA2NORwCS1WMDY05HAJLVYwATUUb3K7VjASAGQ/QztWMDY05HAJLVYwNjTkcAktVjAlZg9vBXxWMCS0aEfvOZYwNjTkcAktVjA2NORwCS1WMDhGtAePOlYwMCRzVxe71jA2NORwCS1WMDY05HAJLVYwGTdvjyL71jAQTy/W5fyWMDY05HAJLVYwNjTkcAktVjAzMnHP0jmWMBL+XvePOpYwNjTkcAktVjA2NORwCS1WMDip3HcdvBYwN3RXeJj3ljA2NORwCS1WMDY05HAJLVYwHMvosCt41jAUdbOPU3sWMDY05HAJLVYwNjTkcAktVjA/09qwj3eWMAjQfq9yOtYwNjTkcAktVjA2NORwCS1WMA3TEdf0OdYwFGhTBv181jA2NORwCS1WMDY05HAJLVYwPVXOIHj4VjAIvwJ/aXuWMDY05HAJLVYwNjTkcAktVjA3zcqXjbrWMD14+P9DOxYwNjTkcAktVjA2NORwCS1WMC0W29eY+pYwBi6Oj0R7ljA2NORwCS1WMDY05HAJLVYwPOqtJu38ljAsUNyP03nWMDY05HAJLVYwNjTkcAktVjAwrnofAvvWMCCn/qdx+tYwNjTkcAktVjA2NORwCS1WMAgxzc9Gu5YwNZdmDob9ljA2NORwCS1WMDY05HAJLVYwJVvp7zS71jAqZAF+830WMDY05HAJLVYwNjTkcAktVjAh2l4/VTtWMD4+Hm7avNYwNjTkcAktVjA2NORwCS1WMBSkk8ft+dYwP2JQxoe91jA2NORwCS1WMDY05HAJLVYwFi1DR+A6FjAyHm8wzXaWMDY05HAJLVYwNjTkcAktVjA2VdwnW3tWMBgtSi7YvRYwNjTkcAktVjA2NORwCS1WMDabLa9l+xYwBSn6tsS8ljA2NORwCS1WMDY05HAJLVYwDdxgLxJ8FjAJRfp3u/oWMDY05HAJLVYwNjTkcAktVjAVnis3qjpWMDwGWaef+pYwNjTkcAktVjA2NORwCS1WMB67OPh199YwAYm+R3M61jA2NORwCS1WMDY05HAJLVYwNhiZn9x51jA6wD43NzuWMDY05HAJLVYwNjTkcAktVjAhdGQwOLjWMARgUDcDPFYwNjTkcAktVjA2NORwCS1WMBjzxFcm/FYwCcqvt5y6VjA2NORwCS1WMDY05HAJLVYwJmnWz+S51jABTlTvNPwWMDY05HAJLVYwNjTkcAktVjA1C0ZXmrrWMAarf7+rehYwNjTkcAktVjA2NORwCS1WMBGRTrg6uRYwC4yaPug81jA2NORwCS1WMDY05HAJLVYwBcApt3J7FjAAn54fkfqWMDY05HAJLVYwNjTkcAktVjA83Rn/JXwWMCQNii9Se5YwNjTkcAktVjA2NORwCS1WMBZob0/Z+ZYwNBM5L0L7FjA2NORwCS1WMDY05HAJLVYwHMX9T7L6FjAx9az4HfjWMDY05HAJLVYwNjTkcAktVjAjlffng3pWMAPk8/9SuxYwNjTkcAktVjA2NORwCS1WMB0A3qbavNYwO10x8Eu4FjA2NORwCS1WMDY05HAJLVYwAatpz+q5ljAgmBTAZHhWMDY05HAJLVYwNjTkcAktVjASjIFG8/0WMDeb+gd/+tYwNjTkcAktVjA2NORwCS1WMBsJGZ+f+pYwGv47bsI8ljA2NORwCS1WMDY05HAJLVYwJBnTT3Y7VjAzBNlvoLqWMDY05HAJLVYwNjTkcAktVjAs8l6vU3tWMBa8m5fV+dYwNjTkcAktVjA2NORwCS1WMDYt84baPJYwOA49dr/9FjA2NORwCS1WMDY05HAJLVYwDVKhqH14FjApXApvjjrWMDY05HAJLVYwNjTkcAktVjA+IHpmiP1WMBRg6z9texYwNjTkcAktVjA2NORwCS1WMCDxVQAmuRYwDfFmD3y7FjA2NORwCS1WMDY05HAJLVYwKQxV1267VjAL9SlYZXgWMDY05HAJLVYwNjTkcAktVjAy+jiPB3vWMDLJ7Wdm+xYwNjTkcAktVjA2NORwCS1WMDcQqXevulYwFH7XSNW21jA2NORwCS1WMDY05HAJLVYwKH2Zj2K7VjAbFm93I/vWMDY05HAJLVYwNjTkcAktVjAK+aOXRDtWMCPuK6/lOZYwNjTkcAktVjA2NORwCS1WMCIBy79N+5YwEui0TeU/ljA2NORwCS1WMDY05HAJLVYwPKhWp6i6ljAgunC4EnjWMDY05HAJLVYwNjTkcAktVjA0f/f3RjsWMBsIAnctfFYwNjTkcAktVjA2NORwCS1WMBrOid+P+tYwIZ8/V+k5VjA2NORwCS1WMDY05HAJLVYwOebe3xY8FjAWmBP+vn2WMDY05HAJLVYwNjTkcAktVjAePkfIDvlWMChbu2e4uhYwNjTkcAktVjA2NORwCS1WMBY2kZ8+fBYwLVydjxo8FjA2NORwCS1WMDY05HAJLVYwP410b446VjAFOGUHf7sWMDY05HAJLVYwNjTkcAktVjAHGpKXeHtWMBJsU+AqeRYwNjTkcAktVjA2NORwCS1WMBd+0O+5+pYwH682XtG8ljA2NORwCS1WMDY05HAJLVYwBIJNrsQqNQ/GZwVgU3iWMDY05HAJLVYwNjTkcAktVjAsJ9zG37zWMA7eOT6MvVYwNjTkcAktVjA2NORwCS1WMDE1CE5kvpYwBfnLd8d6FjA2NORwCS1WMDY05HAJLVYwOjCyx885ljAd76qYYbgWMDY05HAJLVYwNjTkcAktVjAIi8b/1boWMAu46Jd0+xYwNjTkcAktVjA2NORwCS1WMDhfBofWehYwInwoYCu41jA2NORwCS1WMDY05HAJLVYwJUZSd/K51jAMXlEPubqWMDY05HAJLVYwNjTkcAktVjAIvwJ/aXuWMBc4N89GexYwNjTkcAktVjA2NORwCS1WMBknw3hZeJYwPBk+V3L61jA2NORwCS1WMDY05HAJLVYwCROsV2n7FjAY99aIXrhWMDY05HAJLVYwNjTkcAktVjAKGmQP/HmWMB/1AFfpOhYwNjTkcAktVjA2NORwCS1WMDuR6lb2vJYwBzF+x3E61jA2NORwCS1WMDY05HAJLVYwFShx3xw71jAcSQxfS7uWMDY05HAJLVYwNjTkcAktVjAoKarXqvpWMALlfCAvuJYwNjTkcAktVjA2NORwCS1WMDyW+/96etYwMxrrx2t7FjA2NORwCS1WMDY05HAJLVYwJP0lCDW41jAe0lWYJXkWMDY05HAJLVYwNjTkcAktVjADhH5XczrWMC3TJc7EfNYwNjTkcAktVjA2NORwCS1WMC1/0K+6upYwKgn0h1D7FjA2NORwCS1WMDY05HAJLVYwPuWqhzJ71jAWVLN3VHsWMDY05HAJLVYwNjTkcAktVjAzv5uO4zzWMBNcFyct/BYwNjTkcAktVjA2NORwCS1WMB7SSucTfFYwKkcBwCH5VjA2NORwCS1WMDY05HAJLVYwMSDFj9l6FjAoJrq/93lWMDY05HAJLVYwNjTkcAktVjAPE3d2kj1WMCDMe8+3ehYwNjTkcAktVjA2NORwCS1WMAUHDWg+uRYwDOq5B/w5VjA2NORwCS1WMDY05HAJLVYwPu8L0Pj21jAo2o2ItzeWMDY05HAJLVYwNjTkcAktVjARQiu28vyWMCqGmsbmPNYwNjTkcAktVjA2NORwCS1WMAtj4rcKvBYwAvcUWKI3ljA2NORwCS1WMDY05HAJLVYwFQNjX/75ljA9RGiHOPvWMDY05HAJLVYwNjTkcAktVjAfrinncTsWMCcGJn+4+lYwNjTkcAktVjA2NORwCS1WMDL0ItDytpYwBRaEcBn5VjA2NORwCS1WMDY05HAJLVYwOHkgn8a51jARxhHPt7qWMDY05HAJLVYwNjTkcAktVjAt7M0HwnoWMDWUdfbTfJYwNjTkcAktVjA2NORwCS1WMCKRI89D+1YwPWh1f8d5ljA2NORwCS1WMDY05HAJLVYwBjsKjpp91jA4H5ge7jzWMDY05HAJLVYwNjTkcAktVjAODntwMjiWMDfBQ+dlu5YwNjTkcAktVjA2NORwCS1WMDvkPa+xuhYwB/gBcRV2VjA2NORwCS1WMDY05HAJLVYwGKDiFs+81jA0690nG3wWMDY05HAJLVYwNjTkcAktVjAYkThvgfpWMBfFqg+tulYwNjTkcAktVjA2NORwCS1WMBnnCHhKOJYwI7X9ICx4ljA2NORwCS1WMDY05HAJLVYwJ5dib8G51jA4iNV4JjkWMDY05HAJLVYwNjTkcAktVjArHSh/OTvWMAtAr5aqPVYwNjTkcAktVjA2NORwCS1WMA2OzMdKO5YwNEDErya8VjA2NORwCS1WMDY05HAJLVYwDBJmp3t7FjAUuwKn4joWMDY05HAJLVYwNjTkcAktVjAMb+v3p7pWMCSVrRcq+9YwNjTkcAktVjA2NORwCS1WMD0UuWdCOxYwFqeVt6u6ljA2NORwCS1WMDY05HAJLVYwEK6juHb4FjAM7FSm+LzWMDY05HAJLVYwNjTkcAktVjA8w0goS3iWMDuolocvfBYwNjTkcAktVjA2NORwCS1WMAiKsgbfPJYwLOtcJmh+VjA2NORwCS1WMDY05HAJLVYwAr7bF9d51jAe6TcXDDvWMDY05HAJLVYwNjTkcAktVjAWZgNusL3WMCsldM/JOZYwNjTkcAktVjA2NORwCS1WMB5c2c/budYwDvwalyL8FjA2NORwCS1WMDY05HAJLVYwBnq5N0J7FjA5/YsPTvuWMDY05HAJLVYwNjTkcAktVjA0jLx38nlWMD/ib57mfJYwNjTkcAktVjA2NORwCS1WMBoERYdge5YwI5fbh9Z51jA2NORwCS1WMDY05HAJLVYwItngj4p6ljA0MRqH2TnWMDY05HAJLVYwNjTkcAktVjAve503GzwWMCAimTgaeRYwNjTkcAktVjA2NORwCS1WMA1sc38Xe9YwA7Ljb0T7VjA2NORwCS1WMDY05HAJLVYwNlzT/3R7VjAJbw3Hg3rWMDY05HAJLVYwNjTkcAktVjA1TRYw2fbWMDnUOi8DO9YwNjTkcAktVjA2NORwCS1WMAhsXY9Wu1YwFgYI5xm8VjA2NORwCS1WMDY05HAJLVYwGX3AbgA/ljA78VNHdftWMDY05HAJLVYwNjTkcAktVjAmiky3xDoWMA+CYmA+uNYwNjTkcAktVjA2NORwCS1WMDolOI8Hu9YwFUPeQEe4VjA2NORwCS1WMDY05HAJLVYwAPJCz6T61jAqAr9fM3uWMDY05HAJLVYwNjTkcAktVjAnwTEgEbjWMD/Ljh//udYwNjTkcAktVjA2NORwCS1WMApuUse0OpYwLUbIh5P61jA2NORwCS1WMDY05HAJLVYwE5quZ2O7FjA1i2Uv+XmWMDY05HAJLVYwNjTkcAktVjAvvnlH+zlWMBo3yUgKeVYwNjTkcAktVjA2NORwCS1WMCxjBl9du5YwMop+/n691jA2NORwCS1WMDY05HAJLVYwBcINV4V61jAAqOx28DyWMDY05HAJLVYwNjTkcAktVjA/N4BP6ToWMCGlXVeUOpYwNjTkcAktVjA2NORwCS1WMArJGt9fe1YwD5tlD7y6VjA2NORwCS1WMDY05HAJLVYwEnqA4GD4ljA1DkFgX/iWMDY05HAJLVYwNjTkcAktVjAEABgfZ/tWMCUOGTcn/BYwNjTkcAktVjA2NORwCS1WMBAs3pAJuRYwFb/Lzw/8VjA2NORwCS1WMDY05HAJLVYwMcwRJwB8VjAVOuPv/LmWMDY05HAJLVYwNjTkcAktVjAnFV/3T/tWMDrwhu9b+5YwNjTkcAktVjA2NORwCS1WMAoMxjch/FYwMsvRB7n6ljA2NORwCS1WMDY05HAJLVYwCMkJR1T7ljA42+zHK7vWMDY05HAJLVYwNjTkcAktVjAOCFAP+bnWMAMafMfw+VYwNjTkcAktVjA2NORwCS1WMCnAK0+p+lYwIUwdF9H51jA2NORwCS1WMDY05HAJLVYwDuJ+Dzb7ljAlbo6fB7xWMDY05HAJLVYwNjTkcAktVjA9cPSvybmWMCcUkNAz+RYwNjTkcAktVjA2NORwCS1WMCMaE278vNYwIX6JsAl5VjA2NORwCS1WMDY05HAJLVYwOumPF0L7ljA/2BTQJ7kWMDY05HAJLVYwNjTkcAktVjAYyJfYHrkWMCAbWR7rPNYwNjTkcAktVjA2NORwCS1WMAUaQ68pfFYwAilkyDa41jA2NORwCS1WMDY05HAJLVYwPCqZP6D6ljArE9on2vnWMDY05HAJLVYwNjTkcAktVjA7NG+3nDpWMBXBU6c4/BYwNjTkcAktVjA2NORwCS1WMDQPwJa5fdYwJUQxB1u7FjA2NORwCS1WMDY05HAJLVYwKdnH15X61jAC/gF/qTrWMDY05HAJLVYwNjTkcAktVjAkXlXwJHkWMDxDpuAw+NYwNjTkcAktVjA2NORwCS1WMAeHMudWOxYwDPSWRra9ljA2NORwCS1WMDY05HAJLVYwPsOMX4h61jAs0VewW/hWMDY05HAJLVYwNjTkcAktVjAO7sT/nrrWMDUd7bcpO9YwNjTkcAktVjA2NORwCS1WMDiWXe7cvNYwJT2Khpp91jA2NORwCS1WMDY05HAJLVYwJVju5m9+FjA7Nkim3T0WMDY05HAJLVYwNjTkcAktVjAPOaVf+DmWMCNGA0+j+tYwNjTkcAktVjA2NORwCS1WMDJi3C+X+pYwM86Bf+Z6FjA2NORwCS1WMDY05HAJLVYwEu4OF0X7ljAILt23kzqWMDY05HAJLVYwNjTkcAktVjASVWofrXpWMDp+O36FfVYwNjTkcAktVjA2NORwCS1WMBGvJ886u9YwKShTj7H6ljA2NORwCS1WMDY05HAJLVYwLhz59706FjA07j5XcrrWMDY05HAJLVYwNjTkcAktVjA/5Wqnq7pWMBQO1Xb2vNYwNjTkcAktVjA2NORwCS1WMBsxYLfGudYwIXqCL+O6FjA2NORwCS1WMDY05HAJLVYwH/gl/kp+VjAxnbaAALjWMDY05HAJLVYwNjTkcAktVjAIrvGe4DyWMCzJCx+MOtYwNjTkcAktVjA2NORwCS1WMDIvgZflehYwCUbRoG54VjA2NORwCS1WMDY05HAJLVYwI9QG5uL9FjARFao/M/vWMDY05HAJLVYwNjTkcAktVjAXZMGIm7fWMDUDBLfcuhYwNjTkcAktVjA2NORwCS1WMAvM148svBYwKx8MH0w7ljA2NORwCS1WMDY05HAJLVYwBmOPdwV8VjADYQs3EnxWMDY05HAJLVYwNjTkcAktVjAnOJLX8LnWMB+54bB8+BYwNjTkcAktVjA2NORwCS1WMDMDwgcufFYwNc27rz67ljA2NORwCS1WMDY05HAJLVYwH9bhbw68FjAGR9nAGLkWMDY05HAJLVYwNjTkcAktVjADfNYQI3kWMD9cPbfueVYwNjTkcAktVjA2NORwCS1WMBwcTVdIe5YwPM6vbqq9VjA2NORwCS1WMDY05HAJLVYwGFk8vzt7ljANj6afuDpWMDY05HAJLVYwNjTkcAktVjAlvkM3ZzuWMBRDEehtuFYwNjTkcAktVjA2NORwCS1WMA3m+E4VvtYwAiIk7sc81jA2NORwCS1WMDY05HAJLVYwKP5HTx28VjAOGJY/MPwWMDY05HAJLVYwNjTkcAktVjA1zsW3I3xWMCwRMJam/VYwNjTkcAktVjA2NORwCS1WMCZZkOCtN5YwKovsTvC8ljA2NORwCS1WMDY05HAJLVYwLVEuB2S7FjAgHK3XofpWMDY05HAJLVYwNjTkcAktVjAAhcxI9/bWMD0UuWdCOxYwNjTkcAktVjA2NORwCS1WMDtWi6+KetYwBTuS73c7VjA2NORwCS1WMDY05HAJLVYwMFIJh816FjANxfFPHjvWMDY05HAJLVYwNjTkcAktVjAbBRzQTDhWMBqBNreHelYwNjTkcAktVjA2NORwCS1WMCYgDZg9uRYwFsxFvyN8VjA2NORwCS1WMDY05HAJLVYwG2VU6Cd5FjAewqE/xbnWMDY05HAJLVYwNjTkcAktVjAlEiC3TbtWMC5bCPbcvRYwNjTkcAktVjA2NORwCS1WMDj65Yg0ONYwKPV2h8O5ljA2NORwCS1WMDY05HAJLVYwGBNwFqh9VjAQgDPvUzsWMDY05HAJLVYwNjTkcAktVjAXHh33VftWMBVrDjA7+RYwNjTkcAktVjA2NORwCS1WMDdtF19pu1YwGhSWZ6m6ljA2NORwCS1WMDY05HAJLVYwIJYxIBF41jA3PB43zjnWMDY05HAJLVYwNjTkcAktVjAi1Jn4kbeWMBEB+NeAulYwNjTkcAktVjA2NORwCS1WMCNdvqb4vFYwHBwauBX5FjA2NORwCS1WMDY05HAJLVYwIbvMN4h61jA0MANfZruWMDY05HAJLVYwNjTkcAktVjAis0p4Q/iWMBxjwA/qOhYwNjTkcAktVjA2NORwCS1WMAIXyiAIeVYwBzzuTya71jA2NORwCS1WMDY05HAJLVYwDsl7X7j6FjA/IN7QgneWMDY05HAJLVYwNjTkcAktVjAOPipP6PmWMB0qenf4OVYwNjTkcAktVjA2NORwCS1WMBnuNV8Re9YwHcRot3V7FjA2NORwCS1WMDY05HAJLVYwMpKLT067ljAuWxOn7rnWMDY05HAJLVYwNjTkcAktVjAoKrdPC3vWMCTy9NcS+9YwNjTkcAktVjA2NORwCS1WMCqL9z/CeZYwC5SpP3O7FjA2NORwCS1WMDY05HAJLVYwBE0Z8Bh5FjAQy+DHTTtWMDY05HAJLVYwNjTkcAktVjAikwevlrrWMAXTqD+zelYwNjTkcAktVjA2NORwCS1WMAgG1C+wupYwEx0uT6B6VjA2NORwCS1WMDY05HAJLVYwF2kxNuG8ljALaTQ/FTvWMDY05HAJLVYwNjTkcAktVjAgsAs4QbiWMBKPvE95OtYwNjTkcAktVjA2NORwCS1WMCr0cPdbuxYwNuxpn666VjA2NORwCS1WMDY05HAJLVYwPdSYP+D51jAEEvzPOvuWMDY05HAJLVYwNjTkcAktVjAu5ECXq/rWMDz9FEa8vZYwNjTkcAktVjA2NORwCS1WMCSnB/9Y+5YwIntZeM921jA2NORwCS1WMDY05HAJLVYwMZ9c0A85FjAmjpGIbnhWMDY05HAJLVYwNjTkcAktVjAg5yTPA/wWMA07PId3+tYwNjTkcAktVjA2NORwCS1WMDNt2PiUd5YwLH0rKF/4FjA2NORwCS1WMDY05HAJLVYwFLxMr4b61jAdslKu/rzWMDY05HAJLVYwNjTkcAktVjAU6ySmiz2WMD+G2N/e+dYwNjTkcAktVjA2NORwCS1WMAs7Ky9tOxYwJYKIR9F6FjA2NORwCS1WMDY05HAJLVYwGWoZ9566ljAvtfoX+PlWMDY05HAJLVYwNjTkcAktVjA6CGvvqDpWMB1maAaAvZYwNjTkcAktVjA2NORwCS1WMDlbjg9GO5YwBiZCPrR91jA2NORwCS1WMDY05HAJLVYwFa9IT5Q61jADZinf6rmWMDY05HAJLVYwNjTkcAktVjA9a2WXuvpWMDYh8qgMuNYwNjTkcAktVjA2NORwCS1WMBSLhmdd+5YwNqiA1257ljA2NORwCS1WMDY05HAJLVYwCkU/d6y6FjA7bkRXY7uWMDY05HAJLVYwNjTkcAktVjAvblIQqTeWMBGVDfcKPFYwNjTkcAktVjA2NORwCS1WMAWr/S92etYwFXQe9xX8FjA2NORwCS1WMDY05HAJLVYwH6s5j736FjABMv3v7XlWMDY05HAJLVYwNjTkcAktVjAj/E3/CbxWMAPj3JbgfNYwNjTkcAktVjA2NORwCS1WMC255U8CPBYwDmiIJ5T61jA2NORwCS1WMDY05HAJLVYwOSF733p61jAer76/rnoWMDY05HAJLVYwNjTkcAktVjAUHX/HMbuWMB+e8G+aOlYwNjTkcAktVjA2NORwCS1WMAMN62a2/VYwAL2/t+f5VjA2NORwCS1WMDY05HAJLVYwGtcJD5I61jAhaOn3cTsWMDY05HAJLVYwNjTkcAktVjA1FavXa3sWMAXMaCZEPlYwNjTkcAktVjA2NORwCS1WMAYkaQ9zuxYwNL5PN/v51jA2NORwCS1WMDY05HAJLVYwO+kRp7f6ljAtgjIf0fmWMDY05HAJLVYwNjTkcAktVjAKxwHwXniWMBL0OXe+ehYwNjTkcAktVjA2NORwCS1WMC0Dmt+cOpYwMbI2ztA8ljA2NORwCS1WMDY05HAJLVYwBEbxP1t7FjAHxDfekP1WMDY05HAJLVYwNjTkcAktVjAUw/+n6LlWMDe9CUfNuhYwNjTkcAktVjA2NORwCS1WMCnrYr+D+pYwCgHRj/U51jA2NORwCS1WMDY05HAJLVYwB+uvz5u6VjAd2tdXaftWMDY05HAJLVYwNjTkcAktVjAsFb3oZzfWMBd5v2dvetYwNjTkcAktVjA2NORwCS1WMDELJdcBPBYwMT+2D0u7FjA2NORwCS1WMDY05HAJLVYwHbi7X3u61jADply/HPwWMDY05HAJLVYwNjTkcAktVjA4bJnvnrqWMCZlz0+++pYwNjTkcAktVjA2NORwCS1WMCt7hPgX+VYwIWrNl4Q61jA2NORwCS1WMDY05HAJLVYwNiXvd2B7FjAWljrPfbrWMDY05HAJLVYwNjTkcAktVjAY3SLXwDnWMCHYel8Ce9YwNjTkcAktVjA2NORwCS1WMBbd4GcRvBYwBMJChjo/VjA2NORwCS1WMDY05HAJLVYwOh4A9257ljAHgaPPB3wWMDY05HAJLVYwNjTkcAktVjAjqrWGl31WMCsGfA7AvJYwNjTkcAktVjA2NORwCS1WMDj1iU8XvFYwPoNOz0Q7ljA2NORwCS1WMDY05HAJLVYwL79F/5t61jAo49vf1XnWMDY05HAJLVYwNjTkcAktVjASbSLHRrtWMBED3LfTedYwNjTkcAktVjA2NORwCS1WMDCyvy+s+hYwKwyk/716VjA2NORwCS1WMDY05HAJLVYwDztLr8a6FjArF9b3LrwWMDY05HAJLVYwNjTkcAktVjAPulMfszqWMCWori+g+lYwNjTkcAktVjA2NORwCS1WMCNLVNeuepYwO/7mrz471jA2NORwCS1WMDY05HAJLVYwJX3IFt69FjA205mPYztWMDY05HAJLVYwNjTkcAktVjAO4WbmhH2WMD9rtL/JuZYwNjTkcAktVjA2NORwCS1WMAhCzK9K+5YwIfMuD6D6VjA2NORwCS1WMDY05HAJLVYwGWDLoEB4ljAiCDRvyvmWMDY05HAJLVYwNjTkcAktVjAqfvUvEfvWMDKzp/Bp+BYwNjTkcAktVjA2NORwCS1WMB69Eee2+pYwO4OIB9I6FjA2NORwCS1WMDY05HAJLVYwOV/TH/A51jAMAeMn/7mWMDY05HAJLVYwNjTkcAktVjAXxraHDjvWMCV9OS9CexYwNjTkcAktVjA2NORwCS1WMBCvsC/XeZYwPR3Sb/J51jA2NORwCS1WMDY05HAJLVYwKwyvsI93VjA4Ve2/ZfsWMDY05HAJLVYwNjTkcAktVjAJ7rG/WXsWMC6rBZBSuJYwNjTkcAktVjA2NORwCS1WMDgxewgyuJYwNlf1Flx+FjA2NORwCS1WMDY05HAJLVYwEJzAjzK8VjAHZJlfY7tWMDY05HAJLVYwNjTkcAktVjAxgKGfSvtWMDidkxc6PBYwNjTkcAktVjA2NORwCS1WMAm1a8cue9YwBxup/+q5ljA2NORwCS1WMDY05HAJLVYwD7pTH7M6ljAN+bKgDHjWMDY05HAJLVYwNjTkcAktVjAbt1UOun2WMB6eYWfEudYwNjTkcAktVjA2NORwCS1WMBK3KY9x+xYwPcgRT7k6ljA2NORwCS1WMDY05HAJLVYwCwFUICo5FjA0a2z3pLpWMDY05HAJLVYwNjTkcAktVjAzx0wXiTrWMAOhSIdW+5YwNjTkcAktVjA2NORwCS1WMCWGj8g3ORYwFPiCv6V61jA2NORwCS1WMDY05HAJLVYwGFk8vzt7ljAoKvTfT7sWMDY05HAJLVYwNjTkcAktVjA0QzCQT/gWMC0WAj9qu5YwNjTkcAktVjA2NORwCS1WMBgNWlhTuFYwEiJCZy08VjA2NORwCS1WMDY05HAJLVYwGyGsH6c6VjA7ECVuiT2WMDY05HAJLVYwNjTkcAktVjAPnDQ22LyWMAF8hyfUehYwNjTkcAktVjA2NORwCS1WMBRoXffPOdYwCHGvF2E7FjA2NORwCS1WMDY05HAJLVYwO4q/36s6FjA64U13hPrWMDY05HAJLVYwNjTkcAktVjAMZHG+4DyWMDS2DVg+ORYwNjTkcAktVjA2NORwCS1WMDcw4U9LO1YwCqm8X/I5VjA2NORwCS1WMDY05HAJLVYwLfxED926FjALX6hXsrpWMDY05HAJLVYwNjTkcAktVjABAZtfmrqWMDyGOu+6ehYwNjTkcAktVjA2NORwCS1WMALnSl5evpYwBuKhl8P51jA2NORwCS1WMDY05HAJLVYwFgkD7976FjAb71uwErkWMDY05HAJLVYwNjTkcAktVjACZu+Qy/aWMABiHgfOudYwNjTkcAktVjA2NORwCS1WMBs/jbg9ORYwIAKT/7F6ljA2NORwCS1WMDY05HAJLVYwMyMDCU01ljAmw4e/HXxWMDY05HAJLVYwNjTkcAktVjAFzUoACLlWMA3bkQf2edYwNjTkcAktVjA2NORwCS1WMCRo7g8nu9YwL5LEh9y6FjA2NORwCS1WMDY05HAJLVYwFRT+B+05VjA1xGKmznzWMDY05HAJLVYwNjTkcAktVjA8fof3WLuWMAXzoocKvBYwNjTkcAktVjA2NORwCS1WMD+9v5duutYwCggvj2A7FjA2NORwCS1WMDY05HAJLVYwPKEhf0s7VjA4qhnHYjtWMDY05HAJLVYwNjTkcAktVjAVdkAnrTrWMBmNiqhDuJYwNjTkcAktVjA2NORwCS1WMBt8NmcOO9YwOuVU9+q51jA2NORwCS1WMDY05HAJLVYwOFc3hwr71jABzgDoYXiWMDY05HAJLVYwNjTkcAktVjA3QJYnqrqWMBmUG0chPBYwNjTkcAktVjA2NORwCS1WMD8W7C/j+ZYwB8xEb6C61jA2NORwCS1WMDY05HAJLVYwHXTSlzt8FjA+EhgXpHqWMDY05HAJLVYwNjTkcAktVjAKccjwwfcWMCsiBygReVYwNjTkcAktVjA2NORwCS1WMAIJIj9JO1YwPJwYOJb3ljA2NORwCS1WMDY05HAJLVYwFSE8tv68VjACHz9IJfiWMDY05HAJLVYwNjTkcAktVjAye6w/43mWMAzKdn8Ou9YwNjTkcAktVjA2NORwCS1WMDMi8Bbk/JYwOnDwWBN41jA2NORwCS1WMDY05HAJLVYwNVphF0w7VjAOdzK3z7mWMDY05HAJLVYwNjTkcAktVjAxtwrG1n0WMB8dxR/a+hYwNjTkcAktVjA2NORwCS1WMBiSQnemutYwA4OvcBb41jA2NORwCS1WMDY05HAJLVYwJpjsVy071jA+HAAHcPuWMDY05HAJLVYwNjTkcAktVjA/npGHuDqWMAyYcKAS+NYwNjTkcAktVjA2NORwCS1WMDTQHP8cfBYwPDoFVqp91jA2NORwCS1WMDY05HAJLVYwDGy+D7A6FjANSlUXrbqWMDY05HAJLVYwNjTkcAktVjAGJKaft/pWMC+/CG9XO5YwNjTkcAktVjA2NORwCS1WMD8aq27zfJYwIMcqR6z6VjA2NORwCS1WMDY05HAJLVYwA/dl0DN41jALNhc3pvqWMDY05HAJLVYwNjTkcAktVjA5/VhwHHkWMD2Ephd9OxYwNjTkcAktVjA2NORwCS1WMB3+CnfKehYwMszdvxo8FjA2NORwCS1WMDY05HAJLVYwEMSrny+71jAjzejnN/vWMDY05HAJLVYwNjTkcAktVjAbr+0HKrvWMCh/+v+5uhYwNjTkcAktVjA2NORwCS1WMClsje8J/FYwOQ/hN0w7VjA2NORwCS1WMDY05HAJLVYwI/+GWBN5VjA8btNfOTwWMDY05HAJLVYwNjTkcAktVjAs7X/Ge33WMCgrwVcwPFYwNjTkcAktVjA2NORwCS1WMC0oa861PVYwGduOP4K61jA2NORwCS1WMDY05HAJLVYwBrXij8C51jAjQ+zQHrjWMDY05HAJLVYwNjTkcAktVjABHVuHmbqWMAh9wyiWt9YwNjTkcAktVjA2NORwCS1WMB5ycUcdu9YwP57PF/x51jA2NORwCS1WMDY05HAJLVYwLu2Zn9w51jA+RT/QJLiWMDY05HAJLVYwNjTkcAktVjACrDZnxHmWMDg6xu/VOhYwNjTkcAktVjA2NORwCS1WMD2t+acEe9YwCWF9D3a61jA2NORwCS1WMDY05HAJLVYwO7oxbx171jAndMjnzzoWMDY05HAJLVYwNjTkcAktVjA152LoPLjWMBVtwPeq+tYwNjTkcAktVjA2NORwCS1WMBxvb5dfuxYwJ5l7XsK8ljA2NORwCS1WMDY05HAJLVYwNwBjSHh4FjAl80PfKHxWMDY05HAJLVYwNjTkcAktVjANXurIYTgWMD1/IbAAORYwNjTkcAktVjA2NORwCS1WMA7W2XiTN5YwOL/EcQw2VjA2NORwCS1WMDY05HAJLVYwMWU/7zF7ljA8iWiXsjpWMDY05HAJLVYwNjTkcAktVjAJNt93ynnWMBGu6n72PJYwNjTkcAktVjA2NORwCS1WMBKpi7aXfdYwEOfev5A6ljA2NORwCS1WMDY05HAJLVYwISW8D3m61jANUHWG1HyWMDY05HAJLVYwNjTkcAktVjAc+XZfSvsWMDCgF9AeeRYwNjTkcAktVjA2NORwCS1WMAqo4oeEOpYwAc/cRx48FjA2NORwCS1WMDY05HAJLVYwLh7S5v481jAHH+QfQvtWMDY05HAJLVYwNjTkcAktVjAz6kxY93bWMAZOdU/H+ZYwNjTkcAktVjA2NORwCS1WMB7xBhfXuhYwDpviv0d7VjA2NORwCS1WMDY05HAJLVYwMBGD9nK+ljAf7Y2fR3uWMDY05HAJLVYwNjTkcAktVjAgMxy3ljqWMCKNHE8ePBYwNjTkcAktVjA2NORwCS1WMBlRSedTO5YwMT6pl+s5ljA2NORwCS1WMDY05HAJLVYwNdKE9jL/VjA3gASQkvfWMDY05HAJLVYwNjTkcAktVjA8C6svqnpWMCzZjp8H/FYwNjTkcAktVjA2NORwCS1WMCXXg7cpfFYwK0wIt5O61jA2NORwCS1WMDY05HAJLVYwJBw0v406VjAysoXW5b0WMDY05HAJLVYwNjTkcAktVjA26Tv3tvoWMBTxTVdIO5YwNjTkcAktVjA2NORwCS1WMAHLBd+cOtYwH31jXwg8FjA2NORwCS1WMDY05HAJLVYwLCj0L1H7FjAY8KFgATkWMDY05HAJLVYwNjTkcAktVjA0s+wnpvpWMDZc0/90e1YwNjTkcAktVjA2NORwCS1WMCfWk0ilt5YwOL+8L7X6FjA2NORwCS1WMDY05HAJLVYwDMViR0i7VjAGnR1whveWMDY05HAJLVYwNjTkcAktVjAMDmnYJ7jWMCT44DeLepYwNjTkcAktVjA2NORwCS1WMCqcPS85+5YwI6Ba99h51jA2NORwCS1WMDY05HAJLVYwLo8H2A95VjAI8VBfu7qWMDY05HAJLVYwNjTkcAktVjAfyqLAPTjWMBUz7BfjuZYwNjTkcAktVjA2NORwCS1WMBqoM4gJuNYwE4b9P/A5VjA2NORwCS1WMDY05HAJLVYwJFhqj6v6VjAspMtHizrWMDY05HAJLVYwNjTkcAktVjA/k1+QBvkWMCeUKdb4PJYwNjTkcAktVjA2NORwCS1WMAfmIPdMu1YwNjQcd5b6ljA2NORwCS1WMDY05HAJLVYwAHLfF466ljAGlNDf9znWMDY05HAJLVYwNjTkcAktVjA5vRrf2DnWMCWO0af0+dYwNjTkcAktVjA2NORwCS1WMABCGM9lu1YwFyOsz6T6VjA2NORwCS1WMDY05HAJLVYwE+7lYHG4FjAPzxvvmPqWMDY05HAJLVYwNjTkcAktVjAk433PN7uWMC7KZr97exYwNjTkcAktVjA2NORwCS1WMC3VRz9be5YwIP/03097FjA2NORwCS1WMDY05HAJLVYwIkikn0G7VjAZzAxGlb3WMDY05HAJLVYwNjTkcAktVjAGGxr4FTkWMBGepE+++lYwNjTkcAktVjA2NORwCS1WMA8nzSeFutYwEM7RHwB8VjA2NORwCS1WMDY05HAJLVYwMqpENye8VjAC7op3jfrWMDY05HAJLVYwNjTkcAktVjA43ufP8PmWMBp3L6+cOlYwNjTkcAktVjA2NORwCS1WMBt+GgdhO1YwDBv9P+/5VjA2NORwCS1WMDY05HAJLVYwNw7DJ+E6FjAEgk2uxCo1D/Y05HAJLVYwNjTkcAktVjApf3Ke3PyWMDkcKldv+xYwNjTkcAktVjA2NORwCS1WMADqc87ZfJYwPv64J4I6VjA2NORwCS1WMDY05HAJLVYwB/KyWIa3VjAMCAvYvLeWMDY05HAJLVYwNjTkcAktVjA+dUBHMzxWMAoJBvgSeVYwNjTkcAktVjA2NORwCS1WMAhuQW+petYwAzheYEb4VjA2NORwCS1WMDY05HAJLVYwI6AdZ5Q6ljATYWivOHvWMDY05HAJLVYwNjTkcAktVjAunae3eDsWMBnXhr9c+5YwNjTkcAktVjA2NORwCS1WMBvh/Zc4e5YwMsSmkG54FjA2NORwCS1WMDY05HAJLVYwFud2/4Y6VjA+gkJX47oWMDY05HAJLVYwNjTkcAktVjAVKUkHzroWMA+fbI/ieZYwNjTkcAktVjA2NORwCS1WMByPp+86+9YwCqilN3+7FjA2NORwCS1WMDY05HAJLVYwOU0ub905ljAqZAwvxXoWMDY05HAJLVYwNjTkcAktVjADUm3HZXsWMCqcPS85+5YwNjTkcAktVjA2NORwCS1WMB6OrM+lOlYwEWlbZqd9ljA2NORwCS1WMDY05HAJLVYwIKnXlrL9ljA3666fn3pWMDY05HAJLVYwNjTkcAktVjAWChBnf3tWMA3VXaYnfxYwNjTkcAktVjA2NORwCS1WMBTqIuA8uNYwAjq3bs58ljA2NORwCS1WMDY05HAJLVYwJxEa5uX81jAdiyL/CjwWMDY05HAJLVYwNjTkcAktVjAkfUPAGzlWMB5oFrheuFYwNjTkcAktVjA2NORwCS1WMBfCuff6OVYwIPrg54k6ljA2NORwCS1WMDY05HAJLVYwPKQRlz68FjAY0v1X73lWMDY05HAJLVYwNjTkcAktVjAWKMDnMbxWMC9hwK9vO5YwNjTkcAktVjA2NORwCS1WMBSR5GbI/NYwJntmxsD81jA2NORwCS1WMDY05HAJLVYwFY9DFys8VjAI7iK3g/qWMDY05HAJLVYwNjTkcAktVjAHICGvhzqWMBAWwUdtO5YwNjTkcAktVjA2NORwCS1WMDKOUS/2edYwBVzib4T6ljA2NORwCS1WMDY05HAJLVYwDVunvkV+VjArCk5AeHhWMDY05HAJLVYwNjTkcAktVjA9GENXo7rWMCepyY+QetYwNjTkcAktVjA2NORwCS1WMAZQWTAauRYwKAFusFX4FjA2NORwCS1WMDY05HAJLVYwDmFS/3d7VjA1e3LHVbsWMDY05HAJLVYwNjTkcAktVjAUsicvtjpWMAySB++V+tYwNjTkcAktVjA2NORwCS1WMAexUu79/NYwOUY2l8Q5ljA2NORwCS1WMDY05HAJLVYwCY5u9qw9VjANU64f3fmWMDY05HAJLVYwNjTkcAktVjAUQxHobbhWMCH7b+9euxYwNjTkcAktVjA2NORwCS1WMBHKDp7LfRYwFDZNZ8F6FjA2NORwCS1WMDY05HAJLVYwAOhQLsZ9FjApeEW4FblWMDY05HAJLVYwNjTkcAktVjAbMElPVHuWMAV307BnuFYwNjTkcAktVjA2NORwCS1WMA1PaQ9z+xYwL9BEn5/61jA2NORwCS1WMDY05HAJLVYwIKWddxq8FjAYCiH/SftWMDY05HAJLVYwNjTkcAktVjAwGds4FHkWMAiO9xdJOxYwNjTkcAktVjA2NORwCS1WMD1eTVB7OFYwLOMlN7x6VjA2NORwCS1WMDY05HAJLVYwJuaHwEv4ljAoX8B4YriWMDY05HAJLVYwNjTkcAktVjA2OrfHRnsWMAP3o2B3uBYwNjTkcAktVjA2NORwCS1WMA1c/Hc8O5YwC/d/16q6FjA2NORwCS1WMDY05HAJLVYwO5Dd31Y7VjA1rUNXo3rWMDY05HAJLVYwNjTkcAktVjAZh5SW+TzWMCu+8p/PuZYwNjTkcAktVjA2NORwCS1WMC+oXD8efBYwGT1a75t6ljA2NORwCS1WMDY05HAJLVYwNwiadyQ8FjAHkEvvxnoWMDY05HAJLVYwNjTkcAktVjAwcPoHf7rWMCpIDneCOtYwNjTkcAktVjA2NORwCS1WMCGtnzdR+1YwP/Gzx496VjA2NORwCS1WMDY05HAJLVYwPgmY56I6ljA0ttGOSH6WMDY05HAJLVYwNjTkcAktVjAMUP3nsToWMBg1lr+oepYwNjTkcAktVjA2NORwCS1WMCCyLthUuBYwKPI+Lvn8VjA2NORwCS1WMDY05HAJLVYwI+zW9y58FjAc3XinB7vWMDY05HAJLVYwNjTkcAktVjAZMmZIbrgWMAe+s3dT+xYwNjTkcAktVjA2NORwCS1WMDwMt6cK+9YwNNpNMD85FjA2NORwCS1WMDY05HAJLVYwNaHTz+351jA/hj8HcPrWMDY05HAJLVYwNjTkcAktVjABL8LnaDuWMCqW66cve9YwNjTkcAktVjA2NORwCS1WMBJMERd9O1YwABzMv8P6FjA2NORwCS1WMDY05HAJLVYwDdMR1/Q51jAOogtwBHlWMDY05HAJLVYwNjTkcAktVjA7KPV+1LyWMCnOleAkuRYwNjTkcAktVjA2NORwCS1WMC9QcLgS+NYwM8VzKEg4FjA2NORwCS1WMDY05HAJLVYwF212B0v7FjAsKBpXI/wWMDY05HAJLVYwNjTkcAktVjA6od7OnP2WMDlGK+byPJYwNjTkcAktVjA2NORwCS1WMDYjjgcJfFYwPTR2XpT9VjA2NORwCS1WMDY05HAJLVYwK+rXz6T6ljASw+NezDzWMDY05HAJLVYwNjTkcAktVjAQeE4X/znWMCNTWScn/BYwNjTkcAktVjA2NORwCS1WMANSbcdlexYwICj3N4V6VjA2NORwCS1WMDY05HAJLVYwBeLWxni+VjAi1uWGxTzWMDY05HAJLVYwNjTkcAktVjAjY+dXtbpWMDZDN3dIexYwNjTkcAktVjA2NORwCS1WMA=", "shape": [499, 2, 2]}, "right_plan": {"assigned_init": {"running_mean": [-0.3227595090866089, -0.16913767158985138]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "momentum": 0.9, "num_features": 2}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false]}, "rtol": 1.3e-06, "several": 4.0, "step": 0, "summary": "BatchNorm1d(2, momentum=0.1, affine=False, track_running_stats=True) on (499, 2, 2) float32, eval (grad; mapping rules off: parameter_names)", "torch_plan": {"assigned_init": {"running_mean": [-0.3227595090866089, -0.16913767158985138]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "momentum": 0.1, "num_features": 2, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [false]}}''')  # filled in by fuzz/report/repro.py


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
