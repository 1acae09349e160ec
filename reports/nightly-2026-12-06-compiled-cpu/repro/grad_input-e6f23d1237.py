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

PAYLOAD = json.loads(r'''{"atol": [1.5004305074996499e-05, 6.351221895767275e-08], "case": {"affine": false, "bias": null, "dtype": "float32", "eps": 1e-05, "grad": true, "grad_seed": 377, "mindspore": {"init_via": "checkpoint", "pass_use_batch_statistics": true, "unmapped_init": {"weight": [2.3802103996276855, -2.0251858234405518]}}, "momentum": 0.1, "num_features": null, "omit": ["eps", "momentum"], "param_dtype": "float32", "relation": "affine_input", "rules_off": [], "running_mean": null, "running_var": [0.014623873867094517, 811.5448608398438], "schema": 1, "shape": [654, 2, 2], "steps": [{"input": {"layout": "strided", "offset": -100.0, "scale": 0.01, "seed": 612745}, "mode": "eval"}, {"input": {"offset": 10000000.0, "outliers": 1, "scale": 0.001, "seed": 43084847}, "mode": "train"}, {"input": {"layout": "transposed", "offset": 10000000.0, "outliers": 1, "scale": 0.001, "seed": 7884}, "mode": "eval"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_input-e6f23d1237", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "LZXpc9UQFkBI+1OynZ4bwMzSB3iLDKM/dVYXM5BqnT+k+aKNM2QWwLozc4gqzRnAb7a6o9Dthb9vcK67qW2kv/ng3RDq1CpAI6OYczu8JEBY1LTYPmWwv645vCUpg6w/ZMinfqauJEBQmZpDu68RQHELTb8F+qa/vc/ypWrOmD/sNvh0i0nwPwres+NHbhXAQkUUgFoomr+OWS460aunv1OB7TwwGAdAMMkY7gIKGcD4b70RTN6mv7DbY9HaxqA/ab36bCALAECs7jqYR7MbQNwn0EjaKYm/KUCDg51Ioz+XB/oyoJQVQAdFl4O9bPq/eoWLWB3ckz+P7TJVWDybvyiuRoeEqA9AvFBbzwgII0DJ7C+Wf7+YP6wrljy5+aI/ceyfozOk+D/Fzokbdk//P7tPsT+rorG/lckHj9wpcT8wStdzsdnwv5GyrVqi7yXAfpmhxYYMwb930JTkM+WFv7pkUzvCrCFAJiRnUfgkEMAFdF0vfsl0PxqlDRYXDqG/JGoZK/IewL87GILHOX0nQPqMCMyq5VI/zUh3hfMYkb/2Uu6XlUoUQE18KwQoIR5A7p0YS9YQpD9KMq/eNEeMvwJZSKQ9Kh3ACUVz99lPE0AomqxYEa+GvxjVhHgI9JA/vQO8A83uEECvb8bp9sMHwEMX3T1156K/KOpMEqCTsD/06ERn+84RwICuh7aWKhNAdYYRPGk8pr+Ee/+Ua9FnP4Wmqe+FIhLAcXnZuewA2L/j2pqy4quwv2ydY82wzaG/MS2T9hI5CEBWkgi/2ssUwBPJh50/qZW/9l5MSI6inT9bU5MFlZ8EQCfH/7oXTgZA8FbfRwZmlr/u5cT/4riWv1kfkmuygBtA3NXAoI4Mp79p2XTuHcSmv0ruyKt4UIK/GxolTZfqE0AbuBw+DJ/gvwq7iBOp8pQ/qUETxMZMaD9TUkHcWPvCvxcpqPgQBALAQQoh3BZjqD+ysG8h9TaNP5pA06AEIBpALnLAZ+OjEUDwxKLn/jGwP3OikAivj6E/lbFUmDYa/j8MD0b4+TkqwJMS83QswZO/t/olXvYMsD8h3wZhF60kwHpvx2FXNQVABGWOeJpgYD8xlGQmDvVOv2+x+pzVbRRATqsoSiPnH8ABMzXhj9alv2y8+K4RJ5K/MJ7TIWsi5L+an9wWbAAgQJsHY/U7ypI/xqTQbBHflD+z00uVcwEwQLJvMqGta/Y/zO5mAJrtgL8bC8YSYrieP3JqWHzW3CnAdDzsLPmDHEAs/FXUVTaUPyfgCjScQ3i/m45viYD7CcBgXvVB68IEQDe4JfJo2qO/524N7VXuf79K6p8yCAjiv4TSTvNesQDADAeLjtzFo798XxHk+xSgP6cW8hXrvAHANlLoSmdB+b+LVMzHpZKSv7wpXL3p2VE/oPXo6++UKEAB3sil5kMdwO1CY/DrBos/LzdhvCSCl7/nmeGRazcEQNtpjMy8n/g/M2n1DamQhj8dIqI9wK6Rvz9bZdxkAjBArO1a5OWNGkD1IlILsNCiPznDk7DCoKq/jHKuPK+DBsCVfj0N3OEZwFnF+QjCLJI/i9P+hSaaqD80tPGo990ywPqegYiZpwHAfMcE7uiCpr/HL/7fMlqyP9rYvom/gCXA4u+v3MUGGEDexs+pAa6iP/NQMkfHG6q/tNRxtHRqAcBdguGYYLgdwF3fCBwRJq6/3DO/9vOEhr/+SW0NNkMKQNvfTJqFIxxA85HEhy8ocb9lyD+162uWv4wiJpyxHTXAfeaze7Cm5r9atD6RwUlOv2qRJFNJ84M/vncYMSfgBsAZxdG5QG8TQKk4tjPc1Yu/kWtX23xrnz92K3jrc6wGwM5/xj+stPo/lFRgA3FPrL/Cq9rxMUucPzq0TuF6jBjAd8FlC50dEsBgWvE50DBmv4e1kCw8VJ0/5S4vE1uZ1r8Zdtx9xGsWQNo62LRSlY0/ciqZHZF2gr+LMfndSY8qQKoF9oyrQBtASXhogvN8Yj9GZjYMeDCmPyfulmhyGBJAxB2eLjTlGEDIBwksShSov/QHbFPXgqs/88WEcvIeGUBLUalHfRMhQJz9HB9VeZg/7MvEW0+5hz/JnNU3g/wKwJE0V96PnR9AelCfQvlNpT/e3d/gHzGlPxKP5kSraBPA4KGzlrGMIkAxcYgcBmp7P/hvaT01dJy/cX2F2THWC8BldwsWrsAKwO1sRQtRaIG/S6aeUwi0nj9yenjgOBb/P/aL+1hXOR7AP76zY8h/qz/c7kVpgsmgPwRRe/OruSDAFNXUIzC5JsDy48WRxASzP5FVAu2t4XS/DyCFL3CzCkCjkGns6CghwFEwHvVDmq2/bhXUbl9ld78HZRjZl+8OwHL9XsY1SQvAZ255I0ppqr/1IP2iUtuAP8I3Z/wq1hBAQdIAEZrKE8DveXkIuYp0P/1PCVLXM7C/BzSQh7iOJ8DkchptevQSwAeEl7e+F6K/U7Z5j2vhmj9D8A+W1xIYQKoaTMJClyPAQ+KmifSbUT+A9+R7Ok+2v1lSAVjFNxDAGobqG7UWKMBFSJzr7soQP4gVuE4FuqS/A0Izf9CCFEDto2cYUMUdQDlIv6guxqS/bHdLLH8epr9Nu7WLWXD+P+DPIJaB3N6/1Bre+vaAoD+gDVJOyKawv2V4ly5C+ghAZ9dNuc7l+j+u06tc5G2iPyZ/TYVmjZ8/ExxCEThDEEBxfMXcq+YCwE3owKyID7Q/gL3pVjEIoj86tAe/KU4oQDG0jtR5/SXAxbIEH93Afj/+VLBf2xKQv596S80IF/w/K3jg7hBSEcA72WC+ujObv01oer43w4s/aEQ71oxv8j8kbcJdJiv6P5LrE7Po/5E/tGOPoSAtnj+JpFLxe+YiwBPTp7WwdQ/AhpPQQsoPoD8NVvKKfLygP6fiGl5j6CdANnYo/uUhJ8CBv6lXaLiYv0sCv8Wy4qU/GdHaJkHPAUCmGH8gx5/cv+VcgEKsVaS/YbI3iDj/lz9AmT8ny6QkwMwgx/uC7My/ejkgFt25sj/WurEaH6V6PzNKapbdiSfAsR2Q0I9KA0AO7u27+b+Rv+3nfpyrUaI/9iqZuNYDIEBJv0u+VH4YwC245cAx3aE/widJSJghmD/5pwKdzv3/v8xQw2R1wCJAB45a19eSm796mN7iujqyvyUm2mnbrBVAGfnor9gCAcDnZaU67umpv9/1ZKotB5c/MO4wkQjt/z8FWD9/r7AdwLTXxMxTQJm/En5Vs6wfmL8HMG4W0k/jv+5GzJ19OBnA5VUxrnmirL+rwYDahViwv8NIoSVwbx7ABl/4WClFIEBSVqZBueWNPwA9hb5s1Iu/YhF+wb5VFkCY/K0MfOEaQJ1CC9C1B6w/vsGUJFJiiD9oNZRMX+clwEOFpxiqngvAMDZ/akXfo79D8GKgtt+ivxELB9ixWco/eUj0CzCSFkDlDuQohByCP1+9U6l32ps/BhObDEvlFEBzyFmEYT4QQJeI1P6k1bi/qnKyPe+noL+KVDWQRy4OQEfHQ6BGigrAo63Y8jftc79wxlg1DxWnvzL1ER4+1++/nedFOlul+r/cA5fwbdKXv4VF5UgXOJ8//7hTW/IEFkBGj3he4lQnwAKMBGTZppM/o5ozdTZ6hT8Iw7AI/pQnQEnphdXRURNAbSYiCJLiYr+i9P5Pv7OOv+8yCkVVPifAa19JkwdYB0AG/l6Dn+R/P5jeP2Fsons/q6rc0tfd8L/mtpUzHL0wwHvKvvmxm5M/W9eIlB4bmL8I60zWN0X3P1V5W1TR3CHAVScvswnVmD8dWbpN38d+PxIu/0bwpQ7AUdxHhBmLK0BIHUsmKJmDP6n2yOoDqIo/YCLwA0zlJsCtsZcT9mMiQMzibMvBr3C/2LAYVSt1pj8yUhG8k5UXQIQmYt1nEiTATN2sJrTKkr/EPP3c2DiJv36ZwHxTSyvAJGf+DLni+T8+FbEFvjCsP6u6W0sdhWw/bFS44d0ECMCftqw2ei4wwPHf39siy5Q/1E9QLx3Gsj8cktjfCiERQDhD9jGNPRdAKkaYlLWYob/qanu1gfWev28WFxovS/Y/yPhEJwGbI0DQ0CFKoam6P/SgphrZyqU/B/S8cwBeGMAaR4zkQQcHQIT4q7sqd6C/ca4ny/Bpjj+e6UV4ggUnQJMgKY/s+iBAB2vR27r8pT8VgZE68FmIvzOx2QySD/2/AT0hNlBaAEBajNCLidqmP3GEYuHpBLS/EDCPz3DOIcD8OLfNbGUJQFgk8b5MxpM/42FZRUAWrD+6T87W2ioZwG1Q2K3/zBzAkcdaS42dpj97Y2cmA9WuvzCrc4kwyyfA7ClJmYDTLMDhDVOQo5dMPxn7Im65r62/IjIdV8j0FUDRF1eHonz3Pz4p3vF0MJq/sVdET/Y5or9REFW33rO7vyGTQRyuNOc/so295jk2oD//Qpj+t7inP7iFGV73gShAG7D9lxU1HsAMi3Uf9zqyP22K7+NUHKi/a8AykLpiIcAXYxpn8SMiQFIDwF4yb6E/2iAPOJduqj+d2SxgDfUnQFK748QzoOA/vetjqVTJoz9iLOkPH7Giv1gWb/ThgQvAxxDoY/rDH8C1+JgIlcm1P7HLo7Vwgq6/ivIOYSxLLsBC2voabMcWwILZP8QMHZY/rNmMvj6wb78WMM5/tzsRQJyToHVs4SXAD/5KVee2uL+Bfl6Dpd2ePwE3qNFNCzZAtHfgOzlJGED9i1+408aiP8DmFBIBLJO/zB7+sIbaKMD9V43LxHIZwMfyQ5z2GLG/9CkS4o2Vj79FpoSgFjUeQEQBnoqRRAVAqFADhQ2ddr/DYmTadRtmvxgMySUA4y/Ad4bwe9VfM8AVm4KlRbWnP1wFgd5Dl4M/ziWuD3RRE8AkcZLKihwHQGYoqhyzAg2/FPifirYtqD9QkCDjHywTQKMkQ3EtDQHA757u6okGrz9gECTjwuCbvxhEg1ikhB/AnRhtd/BsHEABdpNvGeuCPyo3zA+Ju2I/gqzBSiwEIEAeSaY9SmsUwJATb4f/yae/JxDlPqHiiL+5L3gaDe0TwBNdNDfItChATPdOewEylr9OjkUaLuqtP53CnbtnpwfA/0lKoLDK7D8VgQNipfZ9vytGsTkrP4a/v39K5dUlEsBhXHCXbIEgQNZbEFDbIKs/te51ch8hYb/OZ/I8F8Lyv8It6nqotPM/xSsnDnRZoj+4+oREpBq8v1gm7G6exCtAiOwnEqU3K0AaV5/5m7WEPwRl4SFEAKU/SxrkbT4RB8C+T376OM4SQIrzDAJAMWK/yVclmKOtoL9iS9IPD95pP4lnQs4aSC7AP10tpu1Mob+AcfgrbISqPwkMpZSOfCHACatn/A2GBMC4v0GOr5Zkvx9xRPTZKbO/T8CErEnCJMAWf8GMlEocQMOXUgfKVKw/+U1osM1qpr/x1torO7XoP3DDrdD2ZBdAyvOsfLq+l7+opaabVY1tv5s/6glqMzfAjUCbgi7gH8BIEsvcDM+3P1FiprRoz4M/oJlQkgSmEsCCaUvNUcohQI0YGjiLPoi/D9n0i+DitT+EH8u5wfsOQI80UAEOIvS/jON4Ia6Nfz8bpGvXfhCXP+W/zSYIjRlASC5LHnD3LUDXXELTSZiYP7n0H9t3zJI/R1eH+U5kAcBXY+O+ZKwEQCvq4KO0eYc/vvIRiXbfgL9xUsXWr00PQDJLstodHhHA/e4DcdDWjT9Sk6dW3K2Vv8hXmb2pSSTA1bGT2Z5iF8Co77jilg6Uv56G5RrJ+68/WmDTd25THEDUGVyjUxAaQOE2AawogZS/0h8PyoSslL9wuaKiJR3wv9qGBC5N9hvANy7ID+iop784H8ow6pSXPz+ck0IVo+E/Ze62EV3PHMBULK237J5+P8bU1fyok3C/L1XwPO4k5L8MeD9bNLYrQNaW2rSAe6W/2Ha9VISrnT9a5Mo/FR8fQCXr10wjbfY/NsgaNRqMoz9lx25eH62oP2W6XI+34w/A30Y4UKaWIMD3QfihwM5zv+R8mBoXBZu/YKxCRDs9HMDavJBrZwYhwOogxhcna6c/DXeqJQ5psL9/6kof2qohwKXIaYosDjFAIqy1xlmktL+miueAEj6Xv+wmyzMv4TbAKHtEOYFAFkDHS14eh8aEP7ftPdC3E6K/RJZtt0AZEcBBNc9JOoocwE9381NXwbA/6wcSUr0Ub7+dzJa7GrcRwGUxet4XzAdAFIiQVzD5oL+sSO3ewAOVP/qB5aUTYCDAHv09d+el279+bOfmeAqpP/p0PbF+vqE/5l+OYnlTKkCRuVhDstwjwL4rsF8bWoe/WOQ2ZIxaqz8toCXTf30iQCfdbR5GZhtAEBhZJxhkoT8XlbI+/laAv4FtbvXpAyZAwLcbVMnfMUB/yoVlYO6SvxdjffIFbKE/IXML5xSALUB8h80KIpUUwCqhcWE3a6c/ebGL6oSvnT//jGyCvRgoQLpTtp7s2P+/nbjFpuebcj+T3BNYeeuQP3zaB422+dw/Cw0ux9HGHUANBggzkRqkP4IlRRycEKk/qADg4b0GC8CHtCQmZLnPv7sdTXY9oZW/p94L/nQukz++3box2cgAQF5+YqlzxjRAXqCc9VT4Zz9gjAwbJwCkv4L4qqwN7Pm/3QH5xpNLDECKuDtzAEqAv+086XTrvZU/wDn1VQwKIsBrCqWrIYa+PyZOluaQwak/peAmqAFqqj9ILzp67b4jQEpmpYQQTf2/9iYHyGrzcj8pAbyUrXmov3aMs+yoBAhAHea1toLXJ8AwGVX/vkCrv2gWABomRLS/wYJ3jusXFsBPhKpvY9MPwH0/YOIEdak/1Eq9GGYBob+g+CxAwEwnwIh6hAAhaCHAiQ5N07/qqj8ksSFvP2qRP3ERbgaSXCDARuxOYiMWJUB6uTsaWpuGP92qjum4PqG/+GRtT3E1BsDNS6CdyVYgQOkteDTTFo6/sjPSQ1offD8+wVVLVVIAQIQaELfK1RnA3ngopNk8lD9sB8STbKGTv48DkAVSeBTAsC+JRmjcGsCGTTOGHvaLP+xOtqcDO2y/H2NAbYWDEcAc0Wb9f1YSQPzrNePh4qM/kSpc4+35nb9aBLpSXZX4P0qBjtzMeDDAdcH6udg+mD9R9yI/O9OqP6RlzZ4yZifA1bgEGdq+J8Cg5hSCs86cv7sog7y6WKW/PAeB+MMjMUBHNa3lNl72P6AJj8ixK5A/oVRkbp8TqL+ObcKcBD0BQDzk9/blwSDAOleCIg7Bkb8s1pIiwtGwv5iuJMoLOPo/ro2hYVqtBcBN6taYBtWcP7y0qiqIUqE/h0SYZW65BsAQ7nOkjgQmQBQldG8k9pc/cAX0PYKug7/vOGdU6WglwFYWiDbo5SFAXZ01CF2+oD+xXUG3Qa6FP8nsjp4cLAjAhjnq4rkf4T/hTFZkerWxvyL2JXSA/Y8/arsMHlPiEsCV+MeyzSgUwFU8UwN0cqY/+p/+duT3VD+tIKliaxTXvw727FGm3yVAgz9sk0Jkdj/4ieqXBd59P8GnntkMneG/voE4nE/4CEA+rofDwZ+SvymipsEBA5k/sc4uBkVIE0Ade5JcrlkWwHBHQ6+lX66/Er81ilTqcz8oa90aenIqQA26UzopV/G/3LM0M/bnrz/P3laMG6tjv8pX+xk6MP+/Bwog9f1mxj+iwbUCu4Opv3W9ORV1GZK/ULLWqRgWBcCjHej1U88eQNeaYI+EMp8/B9cjxwFikr8vTS+N62f4v6DNqH1e8wNAE09KHsHpqj/EqWMubTilvyX4s/QIRTPAtJYG126y4D9w6Qkfxt+ov6RB6yt2Qam/m0FdIk27LMDOYVntYmgLwLLvBRf+7nm/Sgr86MimmL8ZS9VY8aQZQNap1lcz4tK//HNIHpiMpD+1VfflVnKgv7Fj4BJkhfK/sD3aypLVFcBvJfcDGWOOv971RHbcfkE/SkZ8YEecDEATqW02h/j6P/BzFNUJkqi/KkVevD/KZr/TjZdp39T4v6188U4gVPG/U9saIjw9hr/pE2bPAL6cvxtHx22wOxDAUJO4Omp5HsDbci/fFV6hP+7lq/UrvZg/rzbikqIlK8AiBh9CRPAnwLPRq14Xmo+/08U8+947sb8WfsVP7isKwMEsKQY1y/i/dZ9WQlLXmz8tcxxXjLhzv1ZzTfvBZg/AlhxTHuEtM0ACze1FzlOxP52D5LJAmz2/Qm6ABOO/I0BxDf2uf7wTwDnWU0+run6/ra0CTG96fb/tp4I9SdsbQKsLIR/yph1AK3JHs4GNkj/qztllyciGv18+fc9JByJAgfFsodFOJUBuCmgckbVpv0QpvaGuCZu/iBpqdDkaIEAU7Myg+sIEwLYm4WRrBHc/OAlPa7GBqD9ZSkNebL0ZQImg9tbAFgHAar0RCeuMnb+EcB0jBYSyPyMdy0/I2vS/tlkzPHSQGsD8hl/DTpx4PwhSB20VNqE/HLiugJ6rG0ADATCyLCciwL1DjNqbuoc/fpfJC52Wh78oaaIUIN0mwPYmXb2jEyBAz3h38joCdb/aU/WWJKaZv0+eZQ0sHBXA3GKr0BsILsBEvDlOgA1/P00VMwRq/6C/xQEXKBmeEEA9guRt1hAwQEVNR/HVqpK/Wb3z7aUrp7/u6PJ4VdkcQIAMOEGqjBXAekoj5kWvpb9YDHmyC5SwP/55sv8dR/8/BDtwo7+CFsBV78FETPGRv8bwBr6H6aW/oWukBBeOEUCPe4D3Q4IkwEanq+UE64M/ssykP/jirT+dV/eWdRIjwJhDwEafKxBAYoYVF0qjmz9ULjJj6x+qv9cpUk5DqCtA4s+RMoG7NMDebovHJPaZvygi3PqiqqA/lcJ3tdNHGEAigBCRu/4NQA63/+Yh3KU/gXzDySmXnb9eUplYexsdQG9EgrJaqQNA+ymke1Dmsj9uIue3rcltPzgcRZI5GPa/JTT6J2rcFMCRmyDrbiaqP7i362Di1qO/992S35ehAMATzmvnk4AMwEdDgSreZJK/agg4tnmoU795/2MLz4UpwBwU/ZnibwLAKJ7vI5SKbj+9jQs2KPezP43EcsOgItc/iO81U+RELUBdblb0rGiov1/9RwhsP6S/VA9OKZzYJ8BKQklITXMuQFjv2MKrAqc/AwX+1Cfrmz+jikbu1TgKQG9e1N+q3/Q/UPei+c5yoz8aBo76W+quv4/7sswKwgdAfB3l472nA0BhbGmcKHmoPyGVM54D2qm/eumrN1KWGMAJUGIHpPkiwFg9idMgVoe/cWeEWrTOsT/k7ZXVjfQxwGCeD+Cg2x3AAXu5pwJKvL/xzNpMBoCEPyUbOchPagzALheZvKWZEkDiwR1atG1pP+f8UUukzla/3zgZsXULG8Bmp/4DFHcIwD6msqGMtaW/UYvEFvD/lr+Wso4U9a8OQM6AswTe3QRAODJiq7skYj+XrlBEkwhvP9IiCTjuUuS/yGma91z+E0Coous+iD6lvyFUZ76oKZw/SMiFSIzsHMDbHcFaxKIewMqA7Q7kyLE/3RomHPR/lj92zFCFI+EwwJooYLK5xgfAycql7tvIpj+wcRCpDYGZP2lQ+1UaHuC/rPczxRC+IkDIbSvVq5iYPzdofJLOaKG/gps7gvmeBEA6A5q3vMMdwODJcVFzbI6/aZqEwI+KlL/o9kfZRr33P2txopYfNQFARFaGmhyarj9/0M7neSCKv1OYRmaYETFAoX6h4xwL/T8mHKz+IAmqP1RAb6aIjp6/xq85XyGb6b8HRJ1FD5YtQFcRej74M6u/H83qugNliz/Uu9SyVKshwJGAAJq0HCzAlZNrHGnapj8lqPbywuqgv6BLNXWumTDAYoWlKo3tJUASv7aV7L+nv9CM/P9G2LC/RCOhCBebLUA3USxM0eEaQEcIhLUhSKK/d7NblcoNjz9q/0Yu9/EaQDn2rJhqriNAXw+yTA3ElD8Mvk93/Vm3v76WynmzJyTAEsuKotaBEMCsoZ5E6fZ0P3T1mGV7Oac/82SM/coe5z/wMRIGn68fQF0hZSRqD4I/RR7pskDVkL+kXqpliccDQDBPcr/MyQ1A0rZu+kBesb/g0SlxDlqbP3zpZ/SSQylA1XQGsQKIAkBNzM9jMrShP2C6Zo2X/5g/OxElTWj3D0B9uRmHHiIcwOEbfCDy64w/GZ7bk2RBoT/o3h0MReoawGStiWJeKRvAejH9+Ca8dz/Lorpgx0WMP7j1valB6ydAEvcK1rTOCkD6m9324k+av1TMPlhCB6a/URnckPbk7L+xtNarZY0lwMusfa+kwJG//GjBquI1gT+dJJBuPX4WQK9uL+8xeyJAoOzcwrfVoj8Anqpug2SqP2AnvkSikxHAj5Vk/3kbB8B9hcrEFiKVP+4rAuHwT4Y/01VEEGinIUBuSeg56j8qQJwMRAd0oqI/7XdfBXqupb+saSi8uDYKQPlYYSzHkhJA0lPNqXgveT+093yToxeeP/q1I9NKJ9G/mAjTmhSREMCOzsDp5eCdv5B9xt0sZo6/g4hIznI2AMBrSiIlFIMVQCjP+paAwJ6//GAvmC4npr/Fc+lo7ZgaQEKZEUDBxhlAZmugqVs9pD9aBn0ABquxvz62WSq7pAdAPm4t994l5b+50gu4rciBv7MA5ya+ca4/mgqOHY+kG0C1/Lvl2HYTwPHiZ40arYC/ZcauzOh8U7+xtXHUwRICQDqDSVq5QiRA1ONGLO2SZD/s6OzlIgKWP9ZrXGpl3vM/8i44ao1XCkDdhbXOJeqmv3qfJb2kQXM/g7U4XcruMsBm9SYyOofzP1n0MdUuzpi/2ZKRZcO0kr8rqA4NVucvQIqVR9EwVyDAaleGQyFOWb9OCZLsj2J4P6cAW4BUUfw/o9O++zUy9z/StQWlVXmJPwlHBJzwlbA/qOgT19kL8L+OkKPP83AVwDuGEquO46w/EmltSCnRpD+RBYfI7LoYwLDytGMnbQ9Akx0uzhNak7/lCjmSnbyBv7GnSeqrFhFAZRCaCK6cCUDvbXMxm4mjv/Wvi0R7Tom/JkNVQlFFEEBjk3Qs4BwTQFL0FSWHxY+/b1VT/79ig7+6zQHmZwQSQOE/FMj3pgZA9W8Uw75oZb/QenrMdTigP2UzIQuUtiRAMvkbzMqvMEAJ1Utic1eav4x6ExzKrXg//6r78oaMDkDI3m0A9FgdwBWPtPGoV6y/hjNpQzdanL8mxdwPa3UcwPypEMxfBSHA3WdytGp6oT/G4A5JH6ywP+nEl2Kvp9g/P7myI4/W6r8T42QRSOqWv/tHHOwWw6E/DFt6qsOcG8AzKApqqtMtQPMcDJxvFI0/czKImoGSmL/abCRUrpkwwAIYpoM3viZAUM/4RC0Krz97DLNsJFZ8vwxHcE+wwB1A7yLOV64LIUA56USx/ZWjP0zc3ywMYrC/s1h1rVGWAcA1CQVm6kMJwEivsYv5rK0/H9Bk6QIurL/wOttMZpQGQIjaUwhKZhZAWmn7qxvcqj96OrOmD9Sbv2NUOhLlfB7AKj7h8j+w4D9/8phs52aoP80W/JKBcZE/UH30pCLXGkCIeRRx0SckQF3eRnOqSpE/nEcwt5owij8X3trCtm0fQNyf/uc2qCtAEWHIaZVyoT8QrMPHDs6ZP4NDSMy+rx/AS9XUV5MW0L+q8nDHSZKhP6X5Z7YHBJ6/VmvRbhigDsAi4YlpXCQUwLW7ziowxKG/NsIq0P76s79MwWI4y/b0P90qEp2Z6cs/Hk07sEpejz+4Xv4V05SpvyWUiKJ9yv+/KxHMXxfhFMBEcRct2kegv7IO13gEQou/gTfqe6oWCcD8Mh4WDGIYQEdLiVwqEaU/0saHaSaZeL+47eBw+jQbQMOs+6ZLFRLAZNc9lOl/Zj+YJjoR+l2MvxmaWnBbwwJAxtmthx+pC8APLyHXCdV4PxZTGxfqk14/S+A1V5EYJMBTU2+WTN4QwM5Zj52tXq2/sqZkFW5Ufz+osvu3kkghQGJXBH/Q5AtA3yC/NN7boL8MzEN7w+uQPza2803DL/6/MeB1FVuTDUDSfsnU/IGfv7rJUv6kkE2/vs+HNesQHECPK2TlFBsWQPxHoI6neUS/mc5IB4tFlL/6+zlsStEywCf8to6t8QrAM+ZP3MLMVb9OH4jkyvSeP7ilAfWqIu+/eWOeofggIMCaYlRMrGKPvylZk5i8y3i/Nxg5fQhOJsC/fHhMY/EiQKk99gUrULI/bq/QqEozoT8mBnmbNbMcwDUKgm62MSlAOOg0Q5P8lT87NShJ5BaYP2uixT1xFhJAvNiBGWYWM8Cs6OaA90Wyv/7+4d/YTXs/YB54yPjF3T+df5Nkr8ISQL4NFF7fnqc/Q/qinQfaYD9Q/UQyzQQhwI+h+7Ac+BXAV3yp3w7Gmb8UKbInPfCvv/xknKepCSLA1z0R8cFfCMDaELzEfTqjvzWdVynAp5w/HR04bGArLMDJ7Ak9s3YZwDa8cHc0YoI/f5+JcFnxmb9exM50jPokwGwiRcrEwhvAo/5VQJf+cj/g28RsEEurP5gUEk98cDDAiqSFtg/4I8Cd0SHW1Nx7v3vg68Npm6Q/jdifizl3IsCVDm4ohTPbv6zMAdrmrbA/lGkiYQ2/rb86BnUzaL8ewGqeR23iyOK/pudgf7uNhz+LAiU8+Xabv8/JQLdBUSbA2wH6fUVGHMBazz4ZfQjAPy4YmErkMKo/bOrX5gDk+D/QHqinVfkVQP9VnY3UA5i/E8jIXA2vmz8sqVsvIK8fwMti3PnVMRzA6voPBIKUrr8tIq8Il8CwP1gZjN08MeK/6rg3pDcZAkCVbejiXXCWv8kXl74eIn2/4+cDahoaJ0Cmxb88yYUVwJWD17D+dZU/kPd5RsZtsz//4UOX46ULQPgKbxEyLSTAkFXrw6k7ob/KcdihoLm0vxmhI+Gn8fY/w3qXB6fIDcBaNlRkLH+bP3+pKGQ+4xu/YchtRD3LMcAGQd+hreQTQD+BUgcNirS/rIHNc+Ijkj+5iowfP8UDQAfXBtNXkOY/jBBIvTQfgr9LD4sHnWqIP/ZKRduToPg/iHfZ0iM8GkA404/nkIm0vz0fw7AG36K/ZYh3VJR0KsAapP2lofIXQHtFShkvRKu/x3REXY1Tcr8QFR8XU6UawHP8iNWmjte/6XLHhv2cor9PdgCDRc9pv0KRFIBFh+G/XHxT89dwIEAl1GdL9TqtPzrZ6YObtXU/bNlPH9Y2CMAFNBIKkFgFwJ7VhWVXYKi/gtjkVlumkr8bW4Djn24QwEJSvnRZRBLAOD+U11bbor+2rpz+lA2xv2Y5K8egQiXAW2P29QQx6T+euhSb8I+hP16R6/ZQF5g/e8GLUPV937+LF173XHztPx9SY5NpvZW/YIVoxhoCYD8Ql5sCPMbvP1KKC9Z24yBAbKIDglYgjj95XzQFj6eBvxFrMKg3yA7AK1y5HKYAE8Bilo7GDragv6mTYWjyHLU/RzMgq7PODkAqU/QDdlgTQBJ9Xk/5gYi/YTMDTkb3kD/S6Gv8KhnwP8dG4sYucSPAhZ8B5d1loT+7U7Xzj6OZv5eItIq3JyZAMQa9Uu78LUB8UZzUna2yv0rShaU7Np0/PudrKvmbLsBti2/zmggpQKmWoZK97HU//npAN9UKm7+m5+Un1FT7P7rsvHnZvArAEXpOA47opz+F8hMTI2elv96HS+TDOCHAH92BwYaXKUBoGXhncrd6v6zqvI+ru44/v//dzub+KsALCLrmK9/4P7bB2Uvxpq0/CDADfzKheb+sdcZRnJLlPzf/zedavBLA4Z7nTaS2bT+Yk5NfXnqUP4X3AJ3RwxrAtzvumLdxEECoFbYzHReevysdmgE+m3o/XZs/TeXyFECP+gorMo8YwLgsZEAUm4+/1q8SuDkzp7+FikEoWRcQQIAmg4q5QxrABIvFMpa3k7/40/YFsQhoP9CmvUqfHRxAHQfVgrZ4BMDFzZSWE45yPwVRoD5A5og/rff0NvP1LcBtpCGrmdgcQF/ecM3Plba/2N1XN7RNpD+SNMvIjBUBQNWulqcf6eg/R5X509MUgz8mE/160n19P31+rwkvIBFA4DpRASZeKcDTl9W7u66lP0bdHYkrsLe/jJF8DoDEJMBsIykUas4tQGCtoXVHBJ4/CgK/b5rSWz+SbKHsIVoLQHS3ki4ZyQrAdDz5kLmjlD8B7abSSaCyv3uh1OeJUC5A1WKcnioXBcAZWebeAJKbPyZEks4mFpa//iXmz7l6AkAlfX+uRoMkwGlcXxA4uaO/B783TRfolT983bAjaIcowIJlk7ualR5AofG0yaLLoL+g8mxMNeStvwPKEqfcUhTAO6Ci5AcH+7/UyJ+Lsh+dP78wtZ2Hu36/ZSBi01JasT/TIzY7MDsSQDrihifN0Zs/vS0K68gaoT8TFvcvwlAvQIQSBOeGSgPAiZt9AT6Gfz/T3KFXGF+ZPzLEJiHJPuc/PPkXgZgXBkB4lmkXSL1uP9XqYzeKD3+/gIP/xZ2U6D/hDXSAhoH/Pz3/sxlmZ2s/bI6cW+7RYr8TMvNoIF3+v50jOtHmmA7A4PoNmeQ7ob/r6ZdlhTevvyRMqN7nag7AKwMLH4esH0CAmFeoQ+WEPxCBmpuGZZe/ur1C/vsNHMAGM2UbwkQ1wDCZjc9YyaE/+76+3ddmUD9oDoiVqQAPwCRFidPVCCLAa/YLw0qJpj9hA/PRrgqJvyeYZGkAxQXA0AdVq3yECECp87+StUU0Pw2QTVxfhq0/cAEu61PtIsBW+zc1pvICwLaPZ2TM4Z+/uHKwz4cVoL8dx9hsPaExQGUGep2FhAdAZ0arDPchsb8aS+U8THKHP5ZiAnYHuhJA4K9tJ9cWAMDEbAIIL5irv533jebboJg/ckJ3i0M2/79MhUFx5x8mQG/WU1FWHaO/1ae0e8hbjr8FbZdLkqXxv73NbZ0erCDAT1RlFgxKn7/fZPFL6zqRv+baVBt1zgDAwBDGi/2g9z9axgyp41GVv1qnhGVxhn8/C6z2W+BULUDd/NGdetANQN9An4SGkqg/bZRp5dkPlr/nmlwD7IYowHLhyWYEsSTA3m5W1lreib8rD7Nl6UFuP7VJ4Hoq7y3A7AyVjyOkFkD/rSC9zOudPxzv0eyvPKi/aMs2tPMzIMCLdUSVAYkcQDWpLuip55k/TEivxsZGhb+MFmZQ+kMcwJI0EuvdUxHANaS404wfmD9tho5QDM+Tv/yR2e2NLitAbqyA90yrDEC4arO/uPaWP02aXs0RJY+/nsjBAcHk4z9byvVHp9EqQJDytocsyJ4/QqdPre79fz8+mbnlx0saQJ7eSe87riTAAaifogrXj7+DhJw4ne2tv83NZw1xxxHA74hUN8ikI0CfkCgUVCyWP8yAa9jeKHg/PhYnM+xaF8AK/EvPnf8DwBwdICIczqW/lneU+FBbsL/CSuWmViIqQJkHuIYs4CFAGEF1cYErob+Ksnw9SSWcv5oZ+5U78iBAlkKULuUSF8CEsMzHQg2cP2bqFXddIJw//oMT+FtvK0BOlkJpRSIYQL43CgtQxbI/8AIZxY6itL8uQao5DnAzwGiF6gdj3wFAb0W2voVxnT/UWlymTfObv76aeJjwRA1AlQbB1T+j7r9uFUPJnsugv2iQEemkI24/MUdbdQTZCUAgOlxbCz8YQLhXrjCcq6Y/B6o9AncqjD/o8vzNS4H5P3s4Ij/0aAPAj/6yAvmwsj9B6q8cK2inv/PvalZOsApAfwyGRzxKMsC+B1gkYrCrvz9AYjH7pZy/RJZriKEk379Drv1NLhAOQECAhOL3Vmw/yUzIxHbhh79ugzM9VVcyQIo1XNxF3vg/VE2CHpvygD8uNJpY0Bp1P4cvZH7+NgLAgXHdtbAFB0BAm2B0/OGTv1ULvnmihHA/4yfi91awA8BPyFoBUPkEQGZMzcvj6ZG/yJfRpehVq78/Ds3EwrstwPUnIjv1uP6/vH7YEAVgoj9MTCBZea2VP6uzVJwnwzNAd6w6bxIM6b/j6TdVWB2ZP1mI8ckE2LK/xL8C4XdTAUAf5PaWBdoaQDhWmwMofLM/w3uR8S6bmz979EpCkjrmP7VKdw1DjhnAs2Mxcbiqlr/nSbD5tI2Vv2RkIGXGewzACCqyWZh93r93nXzGkyGcP4ySvdc3gp6/HCUTDlxD/T+MQkJH/iATQFEA1KM8tLE/Whknx+5UnT9UOnNu/zYRwMGBDZTXBd8/6e0qgmO7sL+bYqmgiwKhv9s4a7y2XCNATy8CIuHHIkC51zcubtOgPy5ekDu+lp0/++q5OFOaDcDrKFY/E3wswLlZpD0kVKu/q2bPzNm6mr9Vrmrxy6gQwGb3szwWai7AhrhyJp+hhj/Nc9bzSc+Ov9h4RDzCEi3AsRPotQDkFsBvG1rx5samP/JtPpUs3ZQ/BVQm8QE5qz8dNUCDjoALQM6yPuylppW/M/tUSeAXmb+TpcuuFTwYwOBn4norxRvAEhtmMeaHhD9ND/U+jAV6vyG+k/kVICVAShZR+KtJA0BzJ/gbf1mzv129CFXVkYS//cyW5+x3L0DQzRa54XAZQGYZshZLRZm/Vj5L8a5wdT8UjqYs8qArQJdg/DM5fhXASySdd+qYrz9Q3VbGRXZPv5hp39SlZyvAkOKD3ykJJ8AJDLkrs2Wiv2Cs7eqX7JK/6iuyhuRGK0Bjlz5stYnTv6F0rT/x2Yw/0WZLZE04oT/twa1n0LIewLRSbtDW9SHAo430e+g1rr82D02ZKGuIv537EVZWChpAmh+StlBXJkC6WaIm9Kgzv2Rqnx/U3JQ/V6abEZtDMsDAI/2rKwUnQCXU2Ibn9nA/RM7ITgQ7lj+cjhB0LqoZQA8hKTsFABnAvHJojdCEjj8c8wpc4f+SPz0M8It0KjVALvyvZOltv7+tCjFL0exHP2N+SAS50KY/1AE7Ud5aFUBDaEEV3ywiQJZL94rd1Xm/hc3nTuZyhj/lCt64yM7+v/aHBhjJ3STAoOF0aMwmhz/20IduVgyiv/IwSgZ6nBDAPcJhT3W3EMDuIfPchmyWv0NuYP5sT5c/hP+/Tdw48T+gNOJ41SQDwLngpPM/uZY/mK4mP8koaz8e7+NzAWcQQP+vBJRjxtY/CpHBfmyNnT8fISIULI+XP6ZWrL604N4/zCwGfBT3B0BJVaW4H0OKvy+LMErpJ4s/YCFdB3csHEAMVP8/CSz0v34DLnK/FZG/oNK/ceVEtb9C5iqLNYYTwEEUBrAfcx7A7Wqj+HaVrL9TsMkHGqCXv8bJ7RipZBJAnVoU6HxrE8CSIKnCPpigPzNHE/9MhKE/7312Nr6Odz+js9hjetklwM+SFU+laIY/sm2KI2U1kb8ZMzCFrN0hwH+gaK+59SPAPJTjOGZ3oz8Q5vvshUSmv2+SkXWSrBxA+zDOaq5SIEDWLQDhCDSSv4FHWqBQNK0/mDM/0iGBLcBfvAJLBdgbQFQ//ipaUoW/uIuL89yAlT99mZgxRJ8XQF4rrg9TZS7ABcufwaergT9hz1YHv2WkP6fPx7TwiifA08VerVN6EUBSMtW0sBKVPx10kAZO/Km/3UbOl+c2B8DHKVMpTwLwP+xo8PpvyGm/Cc3sKVm1h7+5x7BvtuMKwNvuP5P5yilAw7tYTx/qdz/QtPIENFRmvz3kglU3T/+/T9OojhieLkCY+QMEQRJjvxfcD8Nd9qY/y1kIaTGUBMAMJcNr8J0dQHcFayJYA4y/QBSRt8eTZr/CYEaRCI0sQAFIrc5aoQPAaybH6gLWnL+u5HtSs/acvwFnFMf+bSnAokYepKO3JcBV5kzFMV+VP7ft2fw2kHu/QtBoXJLVHkA1+3DtBUkVwI4hCNN3pKS/PSmRIWHnkb/tRkUJRmYwQBjlMPGayhDArDgdjm9QiT9rjqt1TmCOPw7p6z1DRwZAuATv4c0JJEDyPSeKuQ6cv7Pc68poFJ+/RzWxe3pExz85VOloKEUhQJ+PM8fQOV6/EMytosycmj9w0rmcBcPwv8prhkBz2ypAsKKAQH9wq79KkcC5/byJv1sy6PO2yfy/MVUiS9A7FUDP9JyWB/yfv8ZY4j2GkYU/FOafd2i+JsDTzdw49YgXQErB27xTjKS/kVAS95LQpj9obZELEeEEQC221MPDpcG/qpiHoNt7jr8Hvrjprj2oPz547LVpThtAUYF2o0hhIUA2K5K2lTCVv7rJ4reiSXI/1dKNoQHtKkCqt1/RvunXv7tIOr3eup0/WI68HeJUqr96Mr0D2XETwLTvZ+1Z7QDAg/J44ky1pT+7dZpjZzuQP+ZE30vlDitAzYR9RLNKBUAbAuNjdYqOP8nwihq1YKM/2IDPcId7IkCWOOZ+Gn7Ev1NmhpF0sqW/cSXnI41fpj83QaBZoKkiwCafFjZRMTDA6oSK6JzCir/mAHfDiHeTv1ZwRX9lNCBABCzevpV03j9UvB71P5WUv2yGDGBqbo8/F572nz6pHEDE/T6PLeARQDbPcUTrAZ6/QKm4gcBMoT/lFk5nokwPQBcqA0sJdCTAF2uQEFJQcD8xPke/xzuqv853IbFBR+a/Xj+Naa1S8z9p6BFbFuBhP69714qMp5c/yyh3BHK/LsDJHS/j/J8fwGZsbT7CUG0/5gazQnLGpr+EG6lI27waQM912TFrBCDA+xOqJvH9kD8w5NC0/jaFP4VtDdrgZg/A0SeiHGVRAkDbBwdomViaP7u4mTHarba/rHX+YyWFF0DJONlE71n0P1XZkLguRpy/BgxQ8GyVmr+F5yfDbHIPwFDvqvQFL/o/rqv8XlvOkD84ypJoweqJv6IJgNTz8iZAa+4RS+g1HcDyVQsU3oakvxMXRsxrwKe/2dgbCMYz+j/TZFWRGJAlQLLeMV/Juoq/ewDIgHCmcz/2l/dM2+spQBSb7Mta2R9AcYZVvLohoz8YeC7wTaKTP6VtYv524yPA/akUYqPrAUB/woY+YSSiP7F75OIX9ow/swMsRXovGED0+hRDv2P/v5f6fYq8MJ4/nuXL1UCxq7/9CeZoxDHMP9ALIYKdjyRAGuFsIh8unD+IbKIUNTGVP2mR93JTzxrAATA64A9IAUBw80Ru7k2QP/J+OFpI8JW/cuG8VTStK8Cmu30bze8VQKPsgRliSpI/G2iPUoDGkD8ou1pB83LuP/5hwnNEWyZA6gtWre4Phr/osa+l576cvyXTr+KWY/A/eE+fXOwoLkAi7RDQA+6nP3h6Vb1EuZI/KTl2XX8597+u2WQPeIfnv2VQYdSETqW/q9XK/lOqqz/YAC92pp4gwIRRKyvPCwzAB+QpDSDjtL83KWQRZaWJv5VB6vXAQSzAHBo8ieYCFMCWBJQt6N+mv1Ilco8uRWY/jEI3NSZlD8DvzWWw6GgRQPNVUAQSuLC/hmHLb/AFiL8Q6q6xrngmQKBj0WW6mSZAR2TwdxeKqr9sDoNuoZuWv71+mhd2JiHAikRCxOmBLUDJKclEgFiBP+fmCrEJXps/EFrUyB6xI8CPPRGE+uMSQMF/xhMi8qI/5cXRUEMbrb9KsoroAaUcQNlXFGHO3SxAXIzA4XosrL+IAa13UpiWPyzOFFUnlwzATCYac0P+KUAgsNkjt2yDPwgVUbx6oHg/roF808H9D0BJ3zQMuhkvQCl9ytn4d6I/ID6g3qFYiT/xACIk4d/vv0FwFopLwBbA5oJooDx5lr8RMSXMy+uhP3DWlOuawxRAVwCnyFb5JkD5LRTze2ylv/fvIf7f8ag/uCKW3evmIMAIsIqP4xoSQOXih7Nhx6U/sm4vlLS+oD+BBRZQRzvXP5szrSAkxwdAN+fx+o72rz+n9MS/xDukvwIHa3OZfSxAQXBfQ+icIkDDEpMnACBuPycHs5iK1rA/dFa813HwH8DExBF/PGUZQBeCPvBgUI2/kWsLwa6tmz9QU6AzAP8gwNgDHZhdzADAt+GZIeWVmr8aSyotgKNzv++xAp5d6ClAd9pgfDjKAcA8PKE3PBWlP6OnFwuScpE/4HGBsoFkBsBKmcsfM9EPQD4f6th0nlK/7qTA/AZloz/PPSvBkRUzwC9Hdh6vLh9AvhiFwxcwpb93T8mDZ0I2P6+cnIZVIQVAc3FLz31VLUBIcqQ50naOv9bUrXF0OIY/mf2zDPVqGkAWqwsRX24bQF8b2YLpF5G/goBCRBZsor8wq7qrgQn4vy5fb71ojuY/m4UCWQcNrT/RkQE+szmYv15JcZS1OwzASxsDGGqoFsCPX7qV7mODv8MTm1BJTJY/2mHM02vdHEB6PiWGKyMiwG7fHw28+qy/xpxxNPc8or/dZi9mjTAgwMh8JRsF+N8/5jGiasY1iT970uUOS5pQvz3jrRtaj/s/E2cej18iHsBR3gs2/xibP7axJse8mnS/3m08qy0EGcC/pFmlokEnQGXwX4klcpI/G0xuxojfdD8KX5vTY44KQBYdUjww4TbANL+u0DLGoL/fx7FQPLynv5fqH90rASHA8B6H4va1I8CvokMKlOu1vzvzngkKwpq/ItayTJONBEALnavJrjGyP2o6wKsbM5c/AkUeGpmFcr/rVdZBrKUxQI9oZWBaFwZAVffgn5xDmL86XPzJzDSsv1fWpMNiGB7Ah8kKn5XU/b/YoZRXK6qyP8GjUrD2k6+/YtOgkAfED0BvdVZzgCkcQJ4+X3OjMo+/r799D0NOsb81v1G9bRASwFQiRXNmJx3ARPUO96H1r78LCY5JOeaav/1CQBG6ORnAgbyBuaJIKcBC+NfmTUerP2livmpRW1O/0kTfHW8cKMDppoBCf+UXwITktHaDGqc/Ag5TIPH0Uj8hnHJbADLwv4ICj29pK/m/cyk29pZTuD+WUzeqLdB0v8Z/PyXOuzXA0num9qVm179QXNlg+uadv1Yev0ZZJJw/QJhS+uzREMDYOFU3GT8jQH+a9r7jgYE/NFXSR8ZTmL/FZr1T0RHyv1F8cLgVah7AHCaY0+3rl793b3RHhzaHP3lPevBuaBvA+ziRgVUBG0D1jgBGrGJ8vykJhsriK6m/p7teRItdGcDy3tbMWFD3vw5Ln90js5e/8m6TKUj9m7+CTNKLJ9Div7ZFkLqNKCVA61A2pdkvgT/DvKa5oH2nP9UCW9ujlSDAgbPCzQElJsDPwBTDZHGpP07j/e3uaY8/C9V5wbypGkCpyxawYn4cwH8E/IbuXoE/pk29LFELiL9Nm5BhUScgwOV8QgQq2da/7jwQnVl9pT9VIe1aii+pP5vCic0VKBPA/umM9kyxIUAnQn2Y7tuBP2rSPmSiDK2/JmpSuZczHEDL9agytGMmQMlphVEvGqi/EDkx9vqYdr+q96Kh3FUxwMPAfHJe/xnAuFUvXjOBh7/3hePn5qZ9P65uHkgekQjARQgDmZZAOEC3Z7mByiKsv2w+f46qGKc/3NQLhjksFUDckXfozloaQIFELm3Sfpq/KRc0KC8Bkr/5g2pQkqGkP2IBuI1lNgpA3LDQ3PaOJz9qFbb84hxoP0H823px9hdA9Jwy07GT17+5Hi6tlWN7PxPjkPfEH4W/vKvW4T0pEEBYt+Z5Rx0QQFQ/8z5aGom/fIO11EEnhj9Stu6AFJMXwPcV9UjXGvY/pWzxRlEBsj+RPtfKJQ2qv7aJwX9MxxHAd7DbrCbSFUBm8kWXQwGbP0FSEoFXPHc/2afebnv3A8A6abntUJUUwOT2T3uTDaK/R+TfX5rgoj+T1DCF73AiQA4azu/SbjNA9qnA8J3Rsb83G5BwtJuxP/K35J/vGvw/LwvUI/neKEDkBwxEmCaRv3MlK06VG6a/ZE587ga5CkCI602L0pYmwO/0uA1odYi/Jaetm6s4oT/8wq/dUqMVQFi96ycjyQ3AhwmMagDakb/Sw4Go0BexP5hYxzGNnw7Aqs+pvUicFkAVpmZdoK2wP1QIPDz/o4c/36GR4N0O5b8t/RXJuZkFQOjoQuFPAZC/cVOXS8cekL/886AHV8AaQLSjhh+sewJAofEq6TppiD/q9kc1hOKgP0CR9X8bTAnAZJ0b+GkyGcBEFoDvEBu1v/NRbpuu6pU/7631ac55IEAMMU2kFs05wGouq/Aa+Wc/121Uh5XGmT95iyuTQFomwIadXibncw3AlwG7CFUfkr/tHVVJ0O9Zv7DQm4nsoTJAXTuZrylF3T+LjsP0y9ikv/w//GVZpqU/NhTeGf94FMAVqjhuzUwTwJQj1UoYuZQ/rPs3KuJOpr+jshpm7DHSv83l7lh5TSNAEwTGQMpLnb9Nb6J/VyKlPwuR9GAwHxtAfIJv7t3LHUBwR+xyWhShP+w6/6Rng4g/vyggPwGaJMCmbwxyMWPbP3Mp3+/IXYg/SdvvOFaQrT9Z8Jq68ugfQFwVQWPWRynAqSsm19ico7/3uhRTgLuBv/hVo1i+NBxAsU6K3cwu+r/OdmcV0OiFv5jIG6IBhZw/BNfUxHV5NcAuYowOcOcmQHht+6IPzqW/f+jTaxuWtL81KRYvBjgAQP63A4N++gDAGlJhbUHmsT/wM1E5f+6QP7tw0GIY2CRAgwtWh5EbDsALdMq3AgawP8+AVzbteas/FKr2mHHvE0CuxgTtiHwkwKdmtVJAc40/6xk/YHMUqj8mI/J0swPyvwcgt1rtJe+/DrLu9onNhT+b308kMqeqvw+O3WWg8wLAVKDmD7pHDsBzuTpVHOSlvxnWh34BVbE/W9zeJq3JsD+hhc8unmUkwA3UJlZuRJY/ur4U2EfBsT/lhwZ75z0XQPHbUKMsO/m/BwiqbPAWqr9fNvT8x32sP5+dgjIR1R5AZnDUf0f1F0B8cDFRvbGJvzYHhUSmDpK/2hIVb1unJED3sZ71krEJQLBJb8k7pZm/LsCcGqFVgj+NXCOZincgQNI+hKUmkCXAVl2XhbdCjr833ORo1+iIP8zfEzRplgxAm5lYBA93A0CTNedtZGeHP+qA6j22mqa/0avJyg1D9b+hKyONNAEgQO1/bEowPKg/aGayH8xCX7/q1qDI6SgqQOBToA2P9uu/WlET9JYNoz8uCYo2/62gP15yl0e1CCBA0pNIFEHrGcAXEJFsZvSVP15QVwT6tKK/LLLkn4N+/L/meQjb2DX/v4873DszA6Q/CCFJ2iIzoT+PznmEFi35vyY1QxydZ72/bmyMICHlq7/kzSZjifpfv/qo25yWUPG/+vRfVOq4JMB36Vb+0VStv3XUFnL5L6w/aIc/ALbPCkCnns+mq+71v6OZL0TQTo+/RGrMkIqVmr8CYyey994hwLVCMZQqchXApwUAs67UrL8BxD+Iqz2xP5lT4HYrkOC/z4AE6gGHAkB3iAUywTmjPwPK7GgetJ0/HOAFw9K7BsDYaJSUxRQCwK6ZiElB8lG/hminTL/8mj9+2P4sktEgQDAI7JZ93/4//sWlMX9Wrr+OpWSLR7aov9TYqtoxAg9Ahdul5nS8EUBOJq1zM8iSP2BRTaKB3XW/f3tZV5mDKMAUNLmVxoIjQNXLc7y5FIa/KFksk4S8jL/w5MBA9VMqQIq5ZQKyjjVAKkVI5D9arj/nIwzGLCazv4ooPz+eTPg/oiE4TkTsHcDmjFOu7yh8v1iZP5m0qqs/pQRIxQKNAEBXsOJ/jLoiQCPWmM2B5nw/Lb52ZTbMmj/LCy2K60YmwG4MCXV4wfc/Yosk8LEGdL/wslb2+9+6v7s/Ev6nzDDAbEHZ8sByzD/wtwH84r+svwlK9xs/iJ6/L9ydFMMrJUCIF2ngTI8FQDaV3upFP5K/FCnlZhiyob8haFSBJx82QPyyXfyipRTACXTdk8g/kD81H0JBG3KRv4/U5zq+QQHAGTq0avNrEcC0+CXGWEySPw8AtBnTG7I/5muGKGbJHsATOxWYqg4JwOAgKOwEQYs/U1R8Xu4Fh7+4AfSuRtgawCd9hiMcVQbAxiXLSlOYoT/0LcRskSx6v5k1KtPxEP8/COPbK7+N/b/ijm/oKoRiP2YFWUQXEK0/+GZUuv3eJsCcsOrv8lkeQCZKRk5bWGu/16F0WVd3ej9C1NlL+MsRQKGT5gn0zRFAcFxp4MJStj8n3RPy56W1Pyv7cqHsQvQ/Gk+N0lSDJkBajo9xOaqfP80txcI7GJC/zaKQmslREMByJi3kpsIpQNjyutQ5G58/GBH/CjkQi79JBGSDYmssQOG2Xq9cHANA9X9yItjUmL9c8wHdKYOoP0hlONsR/CHAwygzdqEeGUD1GDY6k19cv5l/DMb6uY+/ErIMA6A8DMA9viOJIFTwvxKOuCUwbZu/ovh4t0Gnoz9QkFqM9LzwvzAMSkiETQxAq4r9OEbarz+DFJ5la/KVvy0qEdKVtxXAbBITCJ2kHEDaKkYqm4aWv7gf8eWqXpe/dVjUoO25IkAPDX3W5dABQEH2k0OG4DG/H0+JU08cs7/3h34AtuUQQGQnlTsi6SxA+sd+XDnWEj99pu33gYmZPwaPOR16DN6/45mWsO5p1z/31ypieOqiP6lG9ZsqmoQ/gG7HSOor8z/UrQJjBOMoQDJIwPoguos/glkty9wdpD97ygyV0YAKwLpP+wYzDhTAvFculeYhsr94vUSMTRJdP+8d0seh1SHA8ChzOYZrLsAuD0KuFvGXv/gxqGBeJqI/H7bhyEZcMsBVjmHsitchQC6rMflPMY6/eo3zm4RgaL/03UKxJfMSQIRl8pEo5uC/69n8z4BGlj/e6M9wPUKMP04OPtW7kQXA6+tYWhFmHcDlPyPHDvWlP80U0uUz51e/GrguBH4tFMBR9U1vOZ0IwE3l73e7UJO/1ALKknLStz99tQ8JOfYnwJkwqxAbGgNAPNRx4yYDqz//mBk5f/WCP5R366TiFxbArUTJXg6/HMCZBJt2YIKSvyl2fSZ5GpW/ew+SyEcQ/T/ub/tnjKEjQMmwA5qOYaO/y8GqpRrrh7/3k/X6fIwnQHMvA6TqVBNAA2HciFV0nL9q0L9bvIygP/IFvn89IAXApE4epy5kMMAWh2PXRXlbP7Nyj2HRloi/7A2lKYfvF8BaLSXFONcVQJ0Aclv0Q5W/Y7jWFHdcpT9xYnr7SNkXwDJ61IyWpOU/o/Q7UC3jhr+P6pACQumgv++c5qnueCXAGexZV9PtIMBMPXZOkgOwP/39r1xq1q0/mmBB6CbHFUDtlZuN4tcXwBv2/qFbZ32/Cqi/n/BLrL+nOJYWchgwwH5zR1rGc+U/DpUqdrRdmz+skX7h5oSDvxBNrrDqAStAXex4cvRSF0ANlEsBMdubv0Et+87uQpQ/+Vt+fc7rsr9dTzHnMvQBwCyQrsPzMIK/oRk+ukSMkL/Q5Aw3tDIiQMyrMTIECQLA3lQK0pXhsb8U1qbtFCaWvwG+IOWWuCBA/eIp5z/9E0DKu+ETEq6WP7KhGwJVook/ktozzCYrMcDuK7RGGI4iwOyD2qorF3M/6pWJwCK3iz9jSHr21E/yv1W/jXYVgBRA/oaNFVfoj782k60TXiihvxT8qsdU9RBA7NFrb6IFGcCLmUFdNE2WP7/3MejJ542/lVM9zEmaCUCs65UvLWIXQMJHA1Xco2A/i37PrcPxfr/UCuTgyQkUwCo7rBbk7SnAb3wWuxLyjr9Oc8op81aXP+1Ko+4iqZI/sAPRnIMbDUBN71l61iqlPzeTMVGtiXo/9+WCjkPdL8B5mpspQ5QawOPj4QWMXXu/Tq22ahllrT/y7nVllboeQLK63mh60SDAK3ICw01ctr/TLcyWjHtqv4L6ZhbhphHAeWFdouXbFMBp2ybRnbCbv3dpj85r3aM/UAzV51ceJ0Cp3CNxSjcSwBcq5uC5KIm/QNF7dpYGkb+Y/zbsUTn+v4k9SCVV4CPAAjHLVnj8nz/k5aHQRbiUP989MKtoliFAqN4PKczBE8ARlHo4Q7KzP4OkMNO4O3u/lIIbqm57GcCW8M7wQXn2v4gp0UNvn5S/YNQ4FaAIjr9LH+91vzwuwCFVDLrl0Kw/bTQKoI8Geb/DnYk9zGyivwRRAwu/sRRApE6qiFsXCkDPWinsf1qTv+HIIutIDqU/1jkS7WCZ8b9HvYhDKXMQQCf+zQjrUpY/PM3uI1atnz96ZpIkFaghQOAGCr3f+jHA5VDPkKn0mD/BU099GPagP9PJxUGTrwDAf6A7f2ESCcAGSMwt07GRv095V9YURZ6/cYowU886I8C2y9p7j5wLQPa8IH5rE4S/eCUp4RtHoT82pl54WTC0v1+VFwLdIR1AWpnnzLo/fz/mtjODYN+OP0Mdg4egOCTA6eqVfvmKI8BtF53vCjdxP2j3X+eDXZ4/+QLdkH+bGEB6MUT5/BMeQGxC+wxdt6O/YqYQt50ApT8CwyFTLSI2QJcw8+kdUzNAHgresW9poT8sHqxQW4piP8M9uNqIoOE/rXjtzSIA7T/z9erlMVinvwF3wvZNLJi/pZnXG05MEsAFHXs5Yz4jQOcQx1lGi5a/MkSTPRukqT8rONUwfNgZwBLGP/jHFSTAdRTs7aBCqr9OlGNGeQaWP5/RoAzq5yhAxV+LCmAnAMDokq+Q7v+AP1Gh2wioj6+/kdbc/mA8IMBZQuPyWkbwPyJEmIjeVm4/o5QAAZoNNL/4FR0sOh0AwDjY0te4v8W/vxsZTdIqnz8XGAK7GltMv8JM2yGrF9k/wkNhWWPqIMDVhg5cEsmrP8cO4tZhf7U/Wno44x0SI0Cj3PwbsYYcQMsZX8756Ys/T3dy432Wo7/JW93kYwYGQLGE2trGDzZAwhfm1RTURL8uBmkl/oWXPzruNAqxd/0/hjL2QA1WB0CT0x9/tdmuPxQSXcpt5qM/eRKXlbkDKMCyknqtyRMjQC3oUwjw9pe/+gwM4ferhj/GBYjn1+cmQG+sPWs/Ux3AcXYGdwFEm7/CopxElCaKv3Qzg3Nx6idAOmqx/F93P0AnETqdP62iP1oTvUpYJXQ//ZK9z4aQE0AmMIyv6ScpQLgw4p95j6Y/Mv2dD/hJqj/jAYXGunsYwEKVxjTGigtAfZe5DDN9mz98oogX+89hP+h5UHUXbhFAuyVi2mPpCEAgnnTyf8mSP5yhqWhCAKY/1+Ai+n+LCkA2NZNWXGMDQJrzed4xG5M/Z/RKiK7ijb8CFw/xHh8rwKY9UtAaOQXACKxU0/56pb+Ze9n54feDPxo+buNOkpO/ZinRIRYizD9UV1maQt2Rv+gEy6j8THU/hJVN4MVeCkDw9xFTHBMfwAyGXTtC9ae/HU7fz5Wxk7+coukIprwbwKO37/IvCSPADpzXOk+Tqj9D3O6smwOxP3kvgPv14grADOFD0EbuIEBAA/3cXK+zv5ntnFXcw4M/MpOgzuElBUAEcCul7GIiQGrKoBTqj4o/gBSp/A+/kD8Iug0OThTvv/d/82NE0xHAh3yFQUweoT9/GMmXB9yqP5QwK9O+nBlAR5KS+T9rAkChWk3fnW2dP5qbCPtQTX6/TofBw4JUEEAA97vq+iP7vzgGcTO034M//FnWp6pboT+bUJ9pmW0cwHbLwtVDCRdAxKt8FiU0pj8j743BucJsPwuAYbfUYhPAZGit3XBrIECjSKc5NQWgv2clUOyHbKQ/G5zD7lOJ9j/AZQcw+uQIQMRHFVuQfpw/K++soxhXq78baRyICzYmQHWeS+aKUzDAvAPlW6GIjz8mfE04ZQ2LPzHlYXZB2RTAnS6Qut229j/8ZFBOrSSuP2bvSl2sYoa/YUBNjxvrB8A0NZ3wRiUFQPBjgkpSg3E/TBqLliSVe78xYbdlJ3oYQDYRG/kAOh3A1E8jk1oFkD9S32zRoVGcv+rVbniyX/u//FX/4E7sAsBpD2FzQtKWP0OVAW8+q5U/oD8nI2UCG8AXUnh9Jm8fQKTtDtH+DZ8/BHWfknhEqj/38WD6ik71v+nEcPc5nzDAaUWQB+i7eD8/zR9ymC+vv8gHDe8Up+u/EV4ehRScG8CRbZXkWGWgP5hLKrrSrbM/", "shape": [654, 2, 2]}, "rtol": 1.3e-06, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"running_var": [0.014623873867094517, 811.5448608398438]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float32", "num_features": 2, "track_running_stats": true}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [false, true, false]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn+jit", "mode": "jit", "plan": {"assigned_init": {}, "checkpoint_init": {"gamma": [2.3802103996276855, -2.0251858234405518], "variance": [0.014623873867094517, 811.5448608398438]}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float32", "num_features": 2, "use_batch_statistics": null}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false, true, false]}}], "step": 0, "summary": "BatchNorm1d(2, affine=False, track_running_stats=True, dtype=float32) on (654, 2, 2) float32, eval, train, eval (grad; input layouts strided,contiguous,transposed; use_batch_statistics=None; initial values via checkpoint; MindSpore-only initial weight; relation affine_input)", "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
