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

PAYLOAD = json.loads(r'''{"atol": [16.849298062523353, 15.900930305381248, 0.2346413013074283, 16.748462220452726, 17.4424675977094, 15.709155730106248], "case": {"affine": true, "bias": [-0.22851434350013733, -0.8146073818206787, -0.9581056237220764, -0.29089808464050293, -0.3818714916706085, 1.9946099519729614], "dtype": "float32", "eps": 1e-05, "grad": false, "grad_seed": 367, "mindspore": {"init_via": "checkpoint", "pass_use_batch_statistics": true, "use_batch_statistics": true}, "momentum": 0.338005803714814, "num_features": null, "omit": [], "param_dtype": null, "relation": "affine_input", "rules_off": [], "running_mean": [-0.39975497126579285, 1.0768139362335205, -0.04415324330329895, 3.1390626430511475, 1.2386865615844727, -3.600590705871582], "running_var": null, "schema": 1, "shape": [36, 6, 6], "steps": [{"input": {"offset": 100000.0, "outliers": 1, "scale": 0.1}, "mode": "eval"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "metamorphic-edce52ec1b", "kind": "metamorphic", "quantity": "output", "reference": {"data": "QMhygB1/i78ptwCMqQXWvxgb+AOQ4t4/8HkLUJSZuL8lkP4p4zzov9aE9BeXBs4/xCyiRgjC2j8AhOCzcrGcP6wKwF63w/m/IPL34EVAAcByopRQK4T4v9XwG6J9kOq/8Ex0Fpzy8L9/tWy3XHPwvwHPjCehsPC/ChAZsKOP8L8xR4qyNobwv+sZNDYTePC/LEt7O7+ZzD8GxnCCtC/sPw/EgZxYg9a/0d8cbita8z/almBryKntv5BRsuEcFcI/w05P5+VL4j8qtVzDWqfXv/YBVlWg+fS/FvoPua22979wI8QbC//uv1mp6WhKZsm/flPe24Z/8T8h6dGQddT9P0urUAknEP8/Yr/iIrIUBUAOO+UxT50CQDj9Y6oA2QNAQjT+PRni6r8ptwCMqQXWv8ZV+ym0u+Q/ZQ38bk1F9j+Uqv3u5AX4v2UN/G5NRfY/xCyiRgjC2j8YczqMkmLAv+5PbmlNkuW/iwHnF/uF879It/5bNF/iP/7MA4PirPA/8wRZrqfx778F3djPGhXwvxuSMcGoTfC/lWrFqOqr8L85iBY7OWXwv9Vk20SFP/C/1yVARPII+L8sS3s7v5nMP2Qiosowj9M/aMynKBKr4T+jBgf5Xbj2v3NY7tSfCOu/cCPEGwv/7r9E7qbOQdL7v/5/SeY11/Y/cCPEGwv/7r+4kQO0KeS8vxI7lvDix+a/cq0asrMYDUA0ilx9KT8LQHcgIt+KsgVAAJ/hceb7r7/keGa5nWEBQIyBYZtjUAZAHEL6ZVar7D9CNP49GeLqv59V+5a5j/s/o3z9+H9Y+b9CNP49GeLqvwCe+lEgBuo/1fAbon2Q6r84NS+RbuzxP2IgxYVlEei/cqKUUCuE+L/EaRImh8X0v+aJzNK5AADAAc+MJ6Gw8L/VZNtEhT/wv0LJosM7RPC/Bd3YzxoV8L92dOAuWpTwv8zN56sU+++/1l4le/2D4L9sPchP6Ev3P6TbCahOxuW/2pZga8ip7b/IX6Uf6kGuPwbGcIK0L+w/68To+z8t0r/IDb8/DN7wv2TmYDJPj/6/c+I95NXt/7944DcPWdmtP+JGCUvzCOU/S6tQCScQ/z9UkV9j1UPwP7ZD4BMVjAdAABrE5OSY6z8lXNm9TG72P3cgIt+KsgVAqKp9OOKbBMDWhPQXlwbOPyWQ/injPOi/8HkLUJSZuL/vbgFkPbvQv+DH7u/MubE/6LSV/fJeyr/lcutsQwP7v6jNT384wN8/6LSV/fJeyr8wxXxryJipv/TqRtWnxdA//JtMRxg28L+QN4XIYTHwv80jT7yCYPC/2pcbJQ668L8SUaU4pm7wv3Z04C5alPC/PmSy2hqq+r/IX6Uf6kGuPwwafD53Z+i/PMiUYjUX9L88yJRiNRf0v8hfpR/qQa4/AEPPWPrum79gJ/HZKP3vP2il0Ip1Id2/4kYJS/MI5T+/j9UeG13xPyA3fRIOg+o/YIpkJBG6y78fKR3BUKEKQCOcJO4nOwNAOP1jqgDZA0A4/WOqANkDQDj9Y6oA2QNAYvT1x75xwz/rR/8Bd/Liv4Qdfp9eTQHA724BZD270L8+vv6yQhbwvzrm+XmMUO8/iwHnF/uF87/V8BuifZDqvx7bFnvPQvy/ODppQp9E979IwXK+lQ/tv3YOOfaXHwPAh/b4P19S8L+m7N2572nwv5Vqxajqq/C/XbE7lVL38L9CyaLDO0Twv+sZNDYTePC/DBp8Pndn6L/eQGbJqcXbvwebczGlPfs/QUedbwdB0b+ONlFXlPG6v3GD6yWv+vu/7oNsNK949T/DTk/n5UviPwI/w64Axuc/KrVcw1qn17/DTk/n5UviPwBDz1j67pu/dyAi34qyBUBLq1AJJxD/PwSNyxG8MuQ/4AVfjMbHCEAwzGmvqZnFPyHp0ZB11P0/Y///sxVQ279pNP7QEw70vxgb+AOQ4t4/Y///sxVQ278I7P4VrZflv97S+NsjmNk//tE9NBMF9r+ozU9/OMDfP3t/F001E+O//tE9NBMF9r8jR7sgPN4GwDymDegL4AHASgovTD4j8L+m7N2572nwv+sZNDYTePC/U0u71EAC8L8Bz4wnobDwvzFHirI2hvC/pNsJqE7G5b8CHGsk0xPeP3NY7tSfCOu/c1ju1J8I67/ZwV2815v+v2jMpygSq+E/CL22P5aj2T9wI8QbC//uv+vE6Ps/LdK/ZOZgMk+P/r9wI8QbC//uv7+P1R4bXfE/+dmldXb/AUAiPEqGlaERQPuZWkWbMvU/Yr/iIrIUBUAh6dGQddT9P2K/4iKyFAVAa00EeKLhxr8lkP4p4zzov0yQ/rzdaPG/Qzt8G7VcCEDvbgFkPbvQv5Lvfan5nwLAcqKUUCuE+L/otJX98l7Kv/7RPTQTBfa/xCyiRgjC2j+gpK6PHSW7PxgxkPviBvG/xOLCM4CB8L+8oTarfaLwvwoQGbCjj/C/R/zio8S+8L/epWfNhx7wv7+vglP3BvC/1yVARPII+L+jBgf5Xbj2vyAAaCmAngDACKlbF6HG8r9Xic2obMsLwKMGB/lduPa/YCfx2Sj97z8xM1BU8ITpv0itKgexHd8/cCPEGwv/7r8NfCaYvDX4P1mp6WhKZsm/zWTUnxJd+z/CTamgWo4SQPcmUxjEmPw/ABrE5OSY6z8OO+UxT50CQM8XJ/3EwwBAOub5eYxQ7z9aYv7GeLvyv8ZV+ym0u+Q/4/n6Pepg5z9f2P1RT4ftv0DIcoAdf4u/HtsWe89C/L8e1tzJnur2P6wKwF63w/m//tE9NBMF9r/miczSuQAAwIsB5xf7hfO/OYgWOzll8L/8m0xHGDbwv52rUTHtivC/ElGlOKZu8L/alxslDrrwv+PYp60QmfC/uYgQXEyCBUAGxnCCtC/sP6Fq6YB4JfC/CkV5j4ZZ+b8IqVsXocbyv+SUcYVs/ce/aKXQinUh3b/2AVZVoPn0v1Tqg4DIMP2/v4/VHhtd8T944DcPWdmtP1ArCrj9Qey/IenRkHXU/T954Naur+X4PzhFBdGbqeq/5HhmuZ1hAUBUkV9j1UPwP35T3tuGf/E/QjT+PRni6r+psfsVfhbiP4bY/eRJs/a/sU79Ahur+r8YG/gDkOLeP8ZV+ym0u+Q/WENCiVuC/b9BHCbw2SvXv4sB5xf7hfO/e38XTTUT478g8vfgRUABwDDFfGvImKm/3qVnzYce8L/VZNtEhT/wv0LJosM7RPC/klx5AHFH8b/0WsC+FVfwvzmIFjs5ZfC/D8SBnFiD1r9zWO7Unwjrv442UVeU8bq/LEt7O7+ZzD/eQGbJqcXbv6TbCahOxuW/QC83dhtA7T818skcu3P6v+JGCUvzCOU/68To+z8t0r/2AVZVoPn0vzEzUFTwhOm/qBVdVDi78j+MgWGbY1AGQCOcJO4nOwNAeeDWrq/l+D9UkV9j1UPwPyOcJO4nOwNAAJ76USAG6j/vbgFkPbvQv9aE9BeXBs4/60f/AXfy4r/weQtQlJm4v86j/+1ATeC/e38XTTUT4792Djn2lx8DwFp7eLepLdK/UZm7CW9G8r8Ir8AwHZTgv4sB5xf7hfO/h/b4P19S8L8oBv4pNKfwv96lZ82HHvC/jCk5IOjM8L+8oTarfaLwv/RawL4VV/C/OB6PBFT79T+QUbLhHBXCP95AZsmpxdu/PmSy2hqq+r8PxIGcWIPWv+SUcYVs/ce//n9J5jXX9j8YuZ1hwV7NP0rt+6NxVQHAPHC9rVBR/D9QKwq4/UHsvwb+MgcnWPa/Xkzb9dp6DEC6tudA7CUAQM1k1J8SXfs/DjvlMU+dAkC2Q+ATFYwHQOAFX4zGxwhAsU79Ahur+r/Ky/q0iof/PwCe+lEgBuo/60f/AXfy4r8+vv6yQhbwv1pi/sZ4u/K/YiDFhWUR6L9yopRQK4T4v+Vy62xDA/u/GHM6jJJiwL8Ir8AwHZTgv8RpEiaHxfS/aQAUxs468L+YeBFRZBDwvygG/ik0p/C/natRMe2K8L8j071Jqyzwv2kAFMbOOvC/yF+lH+pBrj9qoarXArnwP2/nza3JZ/W/cYPrJa/6+7/UiSLMDHbxv1AN/Y4+oZe/9gFWVaD59L9wI8QbC//uvxb6D7mttve/1wmc8ZI88r8l9uxqNBX5vwBDz1j67pu/oeKgVzzuBkCjolUnYSH6PyHp0ZB11P0/eeDWrq/l+D9iv+IishQFQOR4ZrmdYQFAc9/7eOiX9z94Bv7armD1v9aE9BeXBs4/pIr5s7dN1D/rR/8Bd/Liv97S+NsjmNk/WVoj79F/AsBynVqf+ivzPzymDegL4AHAAITgs3KxnD/miczSuQAAwPTqRtWnxdA/WH77tMl88L9gv4c9zFvwv80jT7yCYPC/SgovTD4j8L/rGTQ2E3jwv1RwrwxQGPG/oWrpgHgl8L9QDf2OPqGXv6TbCahOxuW/zwoavzpM5D8GxnCCtC/sPw/EgZxYg9a/Qm8NSy6mAMC/j9UeG13xPwI/w64Axuc/MTNQVPCE6b9MbJpf16/9PzEzUFTwhOm/Up7B1UcQ7j9Lq1AJJxD/P/VmnkifZQlAqBVdVDi78j9uyauv9xYQQNHX28zp9vM/AJ76USAG6j/e0vjbI5jZPym3AIypBda/Oub5eYxQ7z/AIP0Mtv37v0hp/FoXoPM/vJHJ2q2O7784OmlCn0T3vxhzOoySYsC/HJQyOe+Oxz8YczqMkmLAvzg1L5Fu7PE/SgovTD4j8L9xQaBO0RnwvzFHirI2hvC/zSNPvIJg8L9CyaLDO0TwvzmIFjs5ZfC/kFGy4RwVwj8sS3s7v5nMPzZJjFVj7eY/QUedbwdB0b/WXiV7/YPgv9SJIswMdvG/Bv4yBydY9r8gN30SDoPqP9NKIinITeG/CL22P5aj2T9k5mAyT4/+v3BjpGDCwQTAflPe24Z/8T8KyN0EeAMKQPVmnkifZQlAI5wk7ic7A0D7mVpFmzL1P0urUAknEP8/zqP/7UBN4L/Oo//tQE3gv75lfcfKlwbATJD+vN1o8b8ptwCMqQXWv2UN/G5NRfY/YiDFhWUR6L+ozU9/OMDfP8RpEiaHxfS/UZm7CW9G8r/67uxoSTwTwCi90ygKKty/QsmiwztE8L/zBFmup/Hvv8TiwjOAgfC/zSNPvIJg8L8KEBmwo4/wv5Vqxajqq/C/2pZga8ip7b/WXiV7/YPgv9HfHG4rWvM/5JRxhWz9x7+haumAeCXwv1AN/Y4+oZe/WanpaEpmyb/mBXmjGZvzvyA3fRIOg+o/aeW1B38SBMASO5bw4sfmv8rMQnh7KdQ/rJXG84Eh6T84/WOqANkDQDSKXH0pPwtATV6jZtl2BEAQAKZ9JpnZPyVc2b1MbvY/Opf8UHxN8j9i9PXHvnHDP2tNBHii4ca/pIr5s7dN1D+psfsVfhbiP1/Y/VFPh+2/iwHnF/uF879iIMWFZRHovzg6aUKfRPe/GDGQ++IG8b/ELKJGCMLaP1hDQolbgv2/QXM7s83e778aPMqwOujvv4wpOSDozPC/ElGlOKZu8L+H9vg/X1Lwv3Z04C5alPC/2pZga8ip7b/eQGbJqcXbv2jMpygSq+E/DBp8Pndn6L8Hm3MxpT37P5BRsuEcFcI/00oiKchN4b/Pi7LQobvyPxi5nWHBXs0/AEPPWPrum78xM1BU8ITpvw18Jpi8Nfg/oeKgVzzuBkAh6dGQddT9P7AIziBZu+E/OP1jqgDZA0BSnsHVRxDuPxAApn0mmdk/zqP/7UBN4L9i9PXHvnHDPzqX/FB8TfI/YvT1x75xwz/GVfsptLvkP5Sq/e7kBfi/SMFyvpUP7b9iIMWFZRHovzDFfGvImKm/1fAbon2Q6r8YczqMkmLAv/7RPTQTBfa/G5IxwahN8L8bkjHBqE3wvwHPjCehsPC/YL+HPcxb8L/rGTQ2E3jwv2Xyxx1V1vC/nof+64uO6T8+nZcRJiXjv9SJIswMdvG/Pp2XESYl479QDf2OPqGXvzgejwRU+/U/8kLcjNUK5L944DcPWdmtP7+P1R4bXfE/nNi10otqwj8CP8OuAMbnP3AjxBsL/+6/oeKgVzzuBkC6tudA7CUAQPVmnkifZQlAflPe24Z/8T/7mVpFmzL1Px8pHcFQoQpAY///sxVQ27/rR/8Bd/Liv/B5C1CUmbi/X9j9UU+H7b9IafxaF6DzP5Sq/e7kBfi/GDGQ++IG8b97fxdNNRPjv7yRydqtju+/5XLrbEMD+78e2xZ7z0L8vwivwDAdlOC/vKE2q32i8L/VZNtEhT/wv7NgqiJ7w/C/MUeKsjaG8L85iBY7OWXwvwHPjCehsPC/AhxrJNMT3j/klHGFbP3HvzzIlGI1F/S/cYPrJa/6+7+loiRxQ0v9v442UVeU8bq/RO6mzkHS+79k5mAyT4/+vxI7lvDix+a/NjKqYXI2AEC4kQO0KeS8vwi9tj+Wo9k/DjvlMU+dAkCh4qBXPO4GQKyVxvOBIek/o6JVJ2Eh+j8OO+UxT50CQM8XJ/3EwwBAKbcAjKkF1r9f2P1RT4ftv2P//7MVUNu/Pr7+skIW8L+2fH1Cfe4FwIbY/eRJs/a/KL3TKAoq3L+8h1V4TN7kPxb5Wc2UW+w/1fAbon2Q6r8wxXxryJipvwCE4LNysZw/ChAZsKOP8L+MKTkg6MzwvzmIFjs5ZfC/+Y0An57R8L/rGTQ2E3jwv9Vk20SFP/C/PmSy2hqq+r/klHGFbP3Hv53A4yKXCfI/LEt7O7+ZzD80n4b3gdHYP56H/uuLjuk//n9J5jXX9j/rxOj7Py3Sv0AvN3YbQO0/00oiKchN4b/IDb8/DN7wv7iRA7Qp5Ly/Tx5YNv6p9z954Naur+X4P08eWDb+qfc/EHluYIXcwb/keGa5nWEBQAAaxOTkmOs/724BZD270L9lDfxuTUX2PyWQ/injPOi/JZD+KeM86L9IafxaF6DzP97S+NsjmNk/AITgs3KxnD/EaRImh8X0vxhzOoySYsC/rArAXrfD+b+sCsBet8P5v1p7eLepLdK/natRMe2K8L/8m0xHGDbwvyu+4sE/pu+/jCk5IOjM8L92dOAuWpTwv0oKL0w+I/C/D8SBnFiD1r9qoarXArnwPzzIlGI1F/S/kFGy4RwVwj8PxIGcWIPWv1AN/Y4+oZe/uJEDtCnkvL9U6oOAyDD9vzXyyRy7c/q/v4/VHhtd8T+4kQO0KeS8vyq1XMNap9e/urbnQOwlAEA4/WOqANkDQFKewdVHEO4/flPe24Z/8T80ilx9KT8LQPnZpXV2/wFA4/n6Pepg5z9CNP49GeLqv1Y7/GSy8vQ/YvT1x75xwz+kivmzt03UP97S+NsjmNk/5XLrbEMD+78Gk6UZdj4GwOaJzNK5AADALlislGRd5z/ELKJGCMLaP4sB5xf7hfO/6xk0NhN48L+3bvbK9CfwvxJRpTimbvC/bjNUple18L9xQaBO0Rnwv64takLySPC/iAzpexuJBsDWXiV7/YPgv1AN/Y4+oZe/ZCKiyjCP0z9QDf2OPqGXv3NY7tSfCOu/00oiKchN4b+4kQO0KeS8vxI7lvDix+a/UCsKuP1B7L9ALzd2G0DtPxb6D7mttve/9yZTGMSY/D/AdefWO3i3P2K/4iKyFAVAtkPgExWMB0Biv+IishQFQMukH9DtKQhApIr5s7dN1D9i9PXHvnHDP6SK+bO3TdQ/Y///sxVQ278rxfxG4frwP86j/+1ATeC/dg459pcfA8AwxXxryJipv4jJsOms2u4/WENCiVuC/b+8kcnarY7vv6wKwF63w/m/WH77tMl88L/NI0+8gmDwvwHPjCehsPC/6xk0NhN48L9H/OKjxL7wvzFHirI2hvC/owYH+V249r9v582tyWf1vwzhlgds7P+/ncDjIpcJ8j80n4b3gdHYP1QfoXQU7wHA1wmc8ZI88r/mBXmjGZvzv+YFeaMZm/O/Qm8NSy6mAMAIvbY/lqPZP1ArCrj9Qey/TV6jZtl2BEBiv+IishQFQEjrmzkC3QtAaPeqm2Cq1D+cb5kqZVQOQB8pHcFQoQpA3tL42yOY2T8J83zzSBIDQODH7u/MubE/4/n6Pepg5z9f2P1RT4ftvyvF/Ebh+vA/YiDFhWUR6L/+0T00EwX2v3KdWp/6K/M/iwHnF/uF879IwXK+lQ/tv1GZuwlvRvK/dnTgLlqU8L9CyaLDO0Twv2kAFMbOOvC/G5IxwahN8L/wTHQWnPLwv7du9sr0J/C/1l4le/2D4L/XJUBE8gj4vwIcayTTE94/NJ+G94HR2D88yJRiNRf0v+zZOuttiQNARO6mzkHS+79Z6dhV+LMCwETups5B0vu/v4/VHhtd8T/yQtyM1Qrkv1ArCrj9Qey/urbnQOwlAEBPHlg2/qn3PyVc2b1MbvY/Tx5YNv6p9z+MgWGbY1AGQOAFX4zGxwhAeAb+2q5g9b/gx+7vzLmxP8ZV+ym0u+Q/eAb+2q5g9b8I7P4VrZflv2k0/tATDvS/PKYN6AvgAcDV8BuifZDqv6wKwF63w/m/Wnt4t6kt0r9IwXK+lQ/tvwivwDAdlOC/6xk0NhN48L+dq1Ex7Yrwv6bs3bnvafC/OYgWOzll8L8KEBmwo4/wvxuSMcGoTfC/zwoavzpM5D9QDf2OPqGXv9N7OuYQ7fk/c1ju1J8I6780n4b3gdHYPz6dlxEmJeO/WanpaEpmyb8G/jIHJ1j2vwI/w64Axuc/68To+z8t0r8gN30SDoPqP1Tqg4DIMP2/o6JVJ2Eh+j/R19vM6fbzP3ng1q6v5fg/JVzZvUxu9j9Lq1AJJxD/P88XJ/3EwwBA724BZD270L8lkP4p4zzov0DIcoAdf4u/4/n6Pepg5z9aYv7GeLvyv2tNBHii4ca/vJHJ2q2O778ovdMoCircv7yRydqtju+/SMFyvpUP7b+Sq22X58H+v0jBcr6VD+2/Tz1vLMed8L9CyaLDO0Twv6bs3bnvafC/zSNPvIJg8L/j2KetEJnwv/ybTEcYNvC/aMynKBKr4T82SYxVY+3mPx4rZXqPkAFAQUedbwdB0b9qoarXArnwPw/EgZxYg9a/AEPPWPrum78AQ89Y+u6bv1mp6WhKZsm/GLmdYcFezT8xM1BU8ITpvyq1XMNap9e/Yr/iIrIUBUCcb5kqZVQOQNHX28zp9vM/aPeqm2Cq1D+jolUnYSH6P+R4ZrmdYQFAQMhygB1/i7/weQtQlJm4vyvF/Ebh+vA/AJ76USAG6j/vbgFkPbvQvwjs/hWtl+W/iwHnF/uF87/EaRImh8X0v1GZuwlvRvK/k8JO/V2/A8D+0T00EwX2v8RpEiaHxfS/ElGlOKZu8L9/tWy3XHPwv2kAFMbOOvC/MUeKsjaG8L/E4sIzgIHwv0LJosM7RPC/3kBmyanF27/IX6Uf6kGuP2jMpygSq+E/LEt7O7+ZzD/IX6Uf6kGuP95AZsmpxdu/ysxCeHsp1D/rxOj7Py3Sv3AjxBsL/+6/8kLcjNUK5L9U6oOAyDD9vxb6D7mttve/gN1fczV3zz8lXNm9TG72PzSKXH0pPwtAeeDWrq/l+D+h4qBXPO4GQM8XJ/3EwwBAX9j9UU+H7b9IafxaF6DzP97S+NsjmNk/65b8Kof1/78cQvplVqvsP3gG/tquYPW/GDGQ++IG8b/otJX98l7Kv4sB5xf7hfO/HJQyOe+Oxz8YczqMkmLAv5PCTv1dvwPAxOLCM4CB8L+H9vg/X1LwvzFHirI2hvC/f7Vst1xz8L/8m0xHGDbwv4f2+D9fUvC/CKlbF6HG8r9QDf2OPqGXv3NY7tSfCOu/1yVARPII+L9v582tyWf1v5BRsuEcFcI/aKXQinUh3b9opdCKdSHdv0Tups5B0vu/8kLcjNUK5L8l9uxqNBX5vxb6D7mttve/S6tQCScQ/z9YEckCH6rmP4yBYZtjUAZAN52JQm4/EkBNXqNm2XYEQH5T3tuGf/E/Y///sxVQ27/O8vwWUVD9v+tH/wF38uK/pIr5s7dN1D8YG/gDkOLeP2k0/tATDvS/e38XTTUT47/06kbVp8XQP6IoA7F83Ok/rArAXrfD+b8e2xZ7z0L8v9XwG6J9kOq/6AvojZkT8b8xR4qyNobwv3+1bLdcc/C/xOLCM4CB8L+zYKoie8Pwv3+1bLdcc/C/oWrpgHgl8L/PChq/OkzkPwipWxehxvK/1l4le/2D4L/eQGbJqcXbvzSfhveB0dg/r1MYKN07CsAxM1BU8ITpvwi9tj+Wo9k/UCsKuP1B7L9K7fujcVUBwLiRA7Qp5Ly/I5wk7ic7A0Ah6dGQddT9P1KewdVHEO4/JVzZvUxu9j/3JlMYxJj8P9HX28zp9vM/iwZ+JKz2AcA+vv6yQhbwv+9uAWQ9u9C/COz+Fa2X5b/vbgFkPbvQv/B5C1CUmbi/MMV8a8iYqb+sBYathmv0P+i0lf3yXsq/WVoj79F/AsAnnH5gMnwMwLyRydqtju+/zSNPvIJg8L+VasWo6qvwv/RawL4VV/C/dnTgLlqU8L8bkjHBqE3wv+sZNDYTePC/LEt7O7+ZzD8M4ZYHbOz/v6TbCahOxuW/D8SBnFiD1r8+ZLLaGqr6vzq6rHw5jvw/yA2/Pwze8L+/j9UeG13xP+YFeaMZm/O/EjuW8OLH5r8gN30SDoPqP7iRA7Qp5Ly/+dmldXb/AUAOO+UxT50CQKyVxvOBIek/zWTUnxJd+z+oFV1UOLvyPw475TFPnQJAJZD+KeM86L/vbgFkPbvQv+9uAWQ9u9C/a00EeKLhxr9rTQR4ouHGv0I0/j0Z4uq/kqttl+fB/r+sCsBet8P5vxyUMjnvjsc/CK/AMB2U4L9ae3i3qS3Sv6jNT384wN8/lWrFqOqr8L9CyaLDO0TwvygG/ik0p/C/6xk0NhN48L+uLWpC8kjwv1NLu9RAAvC/oWrpgHgl8L9BR51vB0HRv2qhqtcCufA/cYPrJa/6+78sS3s7v5nMP9ZeJXv9g+C/Bv4yBydY9r/rxOj7Py3Svxi5nWHBXs0/FvoPua22978AQ89Y+u6bv+vE6Ps/LdK/ABrE5OSY6z9yrRqysxgNQPVmnkifZQlA0dfbzOn28z9PHlg2/qn3P6HioFc87gZACOz+Fa2X5b+EHX6fXk0BwBxC+mVWq+w/a00EeKLhxr+uJ/ugVOL8P9aE9BeXBs4/YiDFhWUR6L+yrwwtc6f/PxgxkPviBvG/WENCiVuC/b/uT25pTZLlv/TqRtWnxdA/lWrFqOqr8L9PPW8sx53wv64takLySPC/mp0FiXMm8b8oBv4pNKfwv/ybTEcYNvC/c1ju1J8I67/ZwV2815v+v27Z5cfN3v0/PmSy2hqq+r8MGnw+d2fovz6dlxEmJeO/KrVcw1qn179QKwq4/UHsv9NKIinITeG/KrVcw1qn17/TSiIpyE3hvyq1XMNap9e/YIpkJBG6y79NXqNm2XYEQFgRyQIfquY/AJ/hceb7r79I65s5At0LQAAaxOTkmOs/QMhygB1/i78+vv6yQhbwv1/Y/VFPh+2/pIr5s7dN1D9pNP7QEw70v9aE9BeXBs4/CK/AMB2U4L/06kbVp8XQP4sB5xf7hfO/oKSujx0luz+iKAOxfNzpP7yHVXhM3uQ/1WTbRIU/8L+uLWpC8kjwv+7RGM4ed++/3U8AvRm57792dOAuWpTwvyPTvUmrLPC/AhxrJNMT3j+ONlFXlPG6v1AN/Y4+oZe/ZCKiyjCP0z+eh/7ri47pP8hfpR/qQa4/uJEDtCnkvL+/j9UeG13xP7iRA7Qp5Ly/nNi10otqwj/iRglL8wjlP+6DbDSvePU/HykdwVChCkA4/WOqANkDQA475TFPnQJAABrE5OSY6z8jnCTuJzsDQH5T3tuGf/E/aTT+0BMO9L8YG/gDkOLeP+9uAWQ9u9C/pIr5s7dN1D9CNP49GeLqvyvF/Ebh+vA/YiDFhWUR6L/06kbVp8XQP+i0lf3yXsq/YiDFhWUR6L/+0T00EwX2v0jBcr6VD+2/kDeFyGEx8L9pABTGzjrwv5Vqxajqq/C/t272yvQn8L9/tWy3XHPwv/ybTEcYNvC/2pZga8ip7b8CHGsk0xPeP6Fq6YB4JfC/UA39jj6hl7/WXiV7/YPgv9ZeJXv9g+C/yA2/Pwze8L/yQtyM1Qrkv1np2FX4swLASK0qB7Ed3z/DTk/n5UviP3AjxBsL/+6/WBHJAh+q5j9PHlg2/qn3P8ukH9DtKQhAdyAi34qyBUD3JlMYxJj8P7ZD4BMVjAdAaTT+0BMO9L9CNP49GeLqv6SK+bO3TdQ/724BZD270L9CNP49GeLqv75lfcfKlwbA6LSV/fJeyr97fxdNNRPjv8wqegvq/gTAWnt4t6kt0r9IwXK+lQ/tv3t/F001E+O/I9O9Sass8L8KEBmwo4/wv2kAFMbOOvC/aQAUxs468L/8m0xHGDbwv1NLu9RAAvC/AhxrJNMT3j8MGnw+d2fovwebczGlPfs/b+fNrcln9b+k2wmoTsblvwipWxehxvK/00oiKchN4b8CP8OuAMbnP2An8dko/e8/eOA3D1nZrT/XCZzxkjzyv8gNvz8M3vC/Tx5YNv6p9z/LpB/Q7SkIQKgVXVQ4u/I/tkPgExWMB0DPFyf9xMMAQPnZpXV2/wFAZQ38bk1F9j8I7P4VrZflv4Kx+4KD6vg/sU79Ahur+r9MkP683Wjxv87y/BZRUP2/5XLrbEMD+79BHCbw2SvXv+i0lf3yXsq/e38XTTUT47/uT25pTZLlvwI+4tl/oADAbjNUple18L+H9vg/X1LwvwXd2M8aFfC/WH77tMl88L8Bz4wnobDwv7NgqiJ7w/C/2pZga8ip7b9sPchP6Ev3P95AZsmpxdu/PMiUYjUX9L9zWO7Unwjrv6TbCahOxuW/WanpaEpmyb/XCZzxkjzyvwb+MgcnWPa/8kLcjNUK5L944DcPWdmtP8rMQnh7KdQ/Yr/iIrIUBUCjolUnYSH6PxAApn0mmdk/+5laRZsy9T8jnCTuJzsDQKyVxvOBIek/4Mfu78y5sT9CNP49GeLqvyWQ/injPOi/Oub5eYxQ7z/gx+7vzLmxP1Y7/GSy8vQ/WENCiVuC/b8clDI5747HPwCE4LNysZw/mmzVfEr7DsC8kcnarY7vv7yHVXhM3uQ//JtMRxg28L/E4sIzgIHwv3+1bLdcc/C/IdXQNvFnK0D0WsC+FVfwv/mNAJ+e0fC/PMiUYjUX9L9sBOMY3dDuP+SUcYVs/ce/Pp2XESYl479BR51vB0HRv7mIEFxMggVA4kYJS/MI5T/2AVZVoPn0v+6DbDSvePU/00oiKchN4b/KzEJ4eynUP9cJnPGSPPK/qBVdVDi78j+h4qBXPO4GQPuZWkWbMvU/+5laRZsy9T+2Q+ATFYwHQFKewdVHEO4/sU79Ahur+r/e0vjbI5jZP4sGfiSs9gHAPr7+skIW8L/rR/8Bd/Liv6N8/fh/WPm/5onM0rkAAMDotJX98l7Kv3t/F001E+O/WENCiVuC/b9BHCbw2SvXv0i3/ls0X+I/Ac+MJ6Gw8L/NI0+8gmDwv0FzO7PN3u+/1WTbRIU/8L/8m0xHGDbwv3+1bLdcc/C/oWrpgHgl8L9qoarXArnwPwIcayTTE94/QUedbwdB0b+k2wmoTsblvwzhlgds7P+/68To+z8t0r/mBXmjGZvzv/JC3IzVCuS/ysxCeHsp1D8IvbY/lqPZP8rMQnh7KdQ/mIsqKKlSEUAKyN0EeAMKQPuZWkWbMvU/+5laRZsy9T8iPEqGlaERQE8eWDb+qfc/", "shape": [36, 6, 6]}, "rtol": 1.3e-06, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"bias": [-0.22851434350013733, -0.8146073818206787, -0.9581056237220764, -0.29089808464050293, -0.3818714916706085, 1.9946099519729614], "running_mean": [-0.39975497126579285, 1.0768139362335205, -0.04415324330329895, 3.1390626430511475, 1.2386865615844727, -3.600590705871582]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "eps": 1e-05, "momentum": 0.338005803714814, "num_features": 6, "track_running_stats": true}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [true]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn", "mode": "eager", "plan": {"assigned_init": {}, "checkpoint_init": {"beta": [-0.22851434350013733, -0.8146073818206787, -0.9581056237220764, -0.29089808464050293, -0.3818714916706085, 1.9946099519729614], "mean": [-0.39975497126579285, 1.0768139362335205, -0.04415324330329895, 3.1390626430511475, 1.2386865615844727, -3.600590705871582]}, "constructor_init": {}, "kwargs": {"affine": true, "eps": 1e-05, "momentum": 0.6619941962851861, "num_features": 6, "use_batch_statistics": true}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false]}}], "step": 0, "summary": "BatchNorm1d(6, eps=1e-05, momentum=0.338005803714814, affine=True, track_running_stats=True) on (36, 6, 6) float32, eval (use_batch_statistics=True; initial values via checkpoint; relation affine_input)", "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
