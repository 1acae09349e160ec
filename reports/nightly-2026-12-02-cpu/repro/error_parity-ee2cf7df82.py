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

PAYLOAD = json.loads(r'''{"atol": [9.722719064493513e-06, 1.6771129783243925e-05, 1.4034521545666953e-05, 1.3216923690388984e-05, 8.831450711330886e-06, 8.511372488982147e-06, 5.650419933341986e-06, 1.0631355043517168e-05, 1.024108648406445e-05, 8.239030051529496e-06, 1.0127242459677591e-05, 7.083223619981205e-06, 3.634703785972334e-06, 9.615917547019466e-06, 3.2684999736453852e-06, 6.07102243376743e-06, 5.464957776745442e-06, 6.065717003017722e-06, 9.189822572162113e-06, 9.757891866711766e-06, 7.671243800175494e-06, 1.0012866510878483e-05, 6.006104879351005e-06, 8.332457656148188e-06, 6.797065646780576e-06, 5.07219952684524e-06, 5.06921365864289e-06, 6.065697423484771e-06, 7.166219566968331e-06, 5.151880200989645e-06, 4.263176513410315e-06, 1.0065619965682964e-05, 9.56810027006328e-06, 1.741504830593883e-05, 4.920044562340353e-06, 5.77644957813647e-06, 0.05876528397381809, 3.208572448374929e-06, 7.784730313502615e-06, 6.196490545011828e-06, 7.34514997706543e-06, 7.478589819587271e-06, 1.1208929408339578e-05, 9.973579557880127e-06, 8.012983242385257e-06, 1.3843004820822867e-05, 0.0715403457072568, 4.001387571333704e-06, 7.4120825313306825e-06, 8.246136313032053e-06, 7.362345367979414e-06, 6.129214102354757e-06, 9.420405526637594e-06, 5.942469085453536e-06, 3.5645527485328395e-06, 6.7668978516131505e-06, 1.7009540848186745e-05, 7.586070317861164e-06, 9.039380088211313e-06, 9.692311295455135e-06, 5.455633275511194e-06, 1.2559718893757289e-05, 2.141447073007428e-05, 6.521520381239067e-06, 1.928155658196089e-05, 5.392425033688389e-06, 6.962147318476632e-06, 7.640934472365314e-06, 1.1950439184317754e-05, 1.7718052265815386e-05, 4.491665666130506e-06, 4.880343362503691e-06], "case": {"affine": false, "bias": null, "dtype": "float64", "eps": 1e-05, "grad": false, "grad_seed": 1371, "mindspore": {"init_via": "constructor", "unmapped_init": {"running_mean": [1.2045358419418335, 2.4746861457824707, 1.8058381080627441, -0.23318885266780853, 0.6631413698196411, -0.9469393491744995, 0.025500088930130005, -0.04139839485287666, 2.4750113487243652, 0.5233796834945679, -0.8224906325340271, -1.7950586080551147, -3.285827875137329, -2.126479387283325, 1.941144347190857, -1.095546841621399, 0.9652954339981079, -0.00282836239784956, 0.17978960275650024, 1.3101452589035034, -3.036494255065918, 2.3555119037628174, -1.7787562608718872, -1.6637852191925049, 1.8133845329284668, 1.3473341464996338, -0.1225707083940506, -1.3519253730773926, -0.16063925623893738, -1.5949338674545288, 1.5455875396728516, 3.378965377807617, 0.20482076704502106, -1.368457317352295, 0.8462957143783569, -2.522361993789673, 2.0796279907226562, 0.11671189963817596, 0.37618374824523926, -2.964822292327881, -1.5739960670471191, 1.9410320520401, -0.33665239810943604, -0.9001116156578064, 2.96844482421875, 1.8598732948303223, -2.0251007080078125, -3.320687770843506, 1.1427916288375854, -0.7968851327896118, -0.24480479955673218, 1.9844621419906616, 0.06087983399629593, -2.6349282264709473, 2.285492181777954, -0.23584145307540894, 2.298076868057251, 3.460749864578247, -0.5698195695877075, -0.2326008528470993, 0.6061714887619019, 1.822615623474121, 2.185194730758667, 0.7830446362495422, -2.6604039669036865, -3.427989959716797, -1.1514852046966553, -2.362520694732666, -1.9266141653060913, 1.5445225238800049, 1.7405478954315186, -2.6252477169036865], "running_var": [1.5483341217041016, 0.0031534575391560793, 875.3289184570312, 8.374058723449707, 3.4071078300476074, 216.85214233398438, 4.866127014160156, 0.0051940688863396645, 29.441200256347656, 919.66455078125, 0.020969098433852196, 277.6195983886719, 5.407253265380859, 612.5513305664062, 8.08983039855957, 0.0636761486530304, 0.004660086706280708, 0.7525362372398376, 0.7978686094284058, 0.002184466924518347, 25.197795867919922, 0.0026732238475233316, 12.90560531616211, 0.14063337445259094, 0.9529391527175903, 1.598908543586731, 0.8969851136207581, 167.724609375, 3.853726387023926, 0.0022029667161405087, 42.12490463256836, 11.589613914489746, 0.5765039920806885, 40.92994689941406, 44.80561065673828, 0.32002371549606323, 2.391232967376709, 225.86181640625, 1.516776442527771, 0.24756193161010742, 0.0027803315315395594, 0.37420356273651123, 0.8760610818862915, 6.934109687805176, 0.0834776982665062, 91.85929870605469, 880.040771484375, 0.0016318311681970954, 6.635490417480469, 0.008950362913310528, 13.150654792785645, 112.2208023071289, 645.9338989257812, 2.9655613899230957, 0.003533683018758893, 0.004706488456577063, 0.002084422390908003, 2.656634569168091, 7.650493144989014, 0.6807795166969299, 407.51593017578125, 9.472945213317871, 5.116946697235107, 660.4129028320312, 0.428406685590744, 0.21415548026561737, 0.001294035348109901, 0.0024068187922239304, 0.21313922107219696, 75.27635192871094, 1.027682900428772, 0.003933451138436794], "weight": [0.6559209823608398, 1.4866398572921753, 1.6841843128204346, -1.272868037223816, 1.1594184637069702, 2.556436538696289, 0.08180993050336838, 2.243699312210083, 1.9603229761123657, -1.5855207443237305, 1.962047815322876, -2.873040199279785, -1.7086864709854126, -1.1528074741363525, -2.288238048553467, -0.36471685767173767, 0.7959837913513184, -0.4031652510166168, 1.9907758235931396, 0.8270775675773621, 2.104088068008423, -1.0665374994277954, 0.6710876226425171, -2.847641944885254, -2.329204559326172, 0.38143596053123474, 0.7386458516120911, -0.37342569231987, -1.8558636903762817, 1.2553550004959106, 1.8998960256576538, 1.7989726066589355, 1.8866592645645142, -0.5548809766769409, -2.066340684890747, 2.4182446002960205, 1.1676294803619385, 0.6713216304779053, -2.465343952178955, -1.9958959817886353, 2.7377445697784424, -1.3664528131484985, 1.493615984916687, 0.20235812664031982, 2.5135672092437744, -2.5470550060272217, -0.36607807874679565, -1.0575098991394043, 2.5081191062927246, -0.7708016037940979, 1.6779354810714722, -0.20959880948066711, -1.0345594882965088, 0.6961562037467957, -2.0454580783843994, 0.2818920314311981, -2.230532646179199, 2.400209665298462, -1.0586764812469482, -2.3638577461242676, 0.9984645843505859, 1.9149994850158691, 2.002284288406372, -0.19960322976112366, -0.032674722373485565, 1.8932701349258423, -0.7556208968162537, -1.2513856887817383, 2.0591659545898438, -0.9886525273323059, 1.3696491718292236, -2.2779903411865234]}}, "momentum": 1.0, "num_features": null, "omit": [], "param_dtype": null, "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [5, 72], "steps": [{"input": {"constant_channels": [36, 46], "offset": 10.0, "outliers": 3, "scale": 10.0, "seed": 12218}, "mode": "eval"}, {"input": {"constant_channels": [36, 46], "layout": "transposed", "offset": 10.0, "outliers": 3, "scale": 10.0, "seed": 115010}, "mode": "eval"}], "track_running_stats": false, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "error_parity-ee2cf7df82", "kind": "error_parity", "quantity": "output", "reference": {"data": "qK7l/6vnyL//VtfDftXKv5OXOAA/i74/XOuePQDf2r9GN82X6Rn7P4iMth2NR+S/ni+U4zYvsz9cQNakYPX8PwNUxgGJ8fA/usztQXW+tL/fUc1iNvnSvw+46ZJRdu+/4Emjvq+bsb/BCsxgr/bxP1SI0ts6wOe/wKB8ciTO379KblRBtYHUP+6Ol7ZuBuC/j54UDKPP8L/bKnKmUhXAP/ozOUyRcPU/gUKyOBMbsj+/wUD0jI/wv2GSKmmL7t6/vN7U4inW/D9+89pVWbPwP8Mp5k/dN/I/Cr//tmL53787JeO2bRbdv3+NyCOr1Ok/T6LTL0mBwz+WIkM1n021P9PQJnK+EPG/FEcRHCmLxb9ff0sN2W60v0vSiTfR9fS/AAAAAAAAAABRf+yVMb/ovxJlPbQC7rU/BntsAK1l5z+kUchvi3/yP8v3Lcm7upi/1Oa2fhiP8L/p1cY+aBK/v6NYC6ekYfq/Gjmsb0rh/r8AAAAAAAAAALQ8ImLtiuW/KCfPWmtU9T+HHvYP1fraP5CMner1cuS/6a+413+87D+2UFJSv/n8v1BugeURUuE/rWxzhTTa9D+n0aOqQA67v3dOVEBrD/U/6OVnmDSttL/heb3tKrviPyBqFE0DQuC/5kBk9K/95T+GuTXrRqv5v0s/rfC3eq6/lomd9y7j3z9GxYfndjPEvxe4GPjRCfa/Y9pZypbt8T9OXg2kO+jnP4OJWdDdRMe/iOX+Tpgn97/lhzIhSabrvyhK/RSHddA/lr8nkeN15L9zoz+YicvQv3fn2JERoui/a/yQB5489b9yzArjsWm9PwPb/gwVuZM/UnBUqikf2D8oEx8U7E/GP0v4UV0FC/a/IfvgZv6V+L+0HiBr+kntv3qsYRx3g/Y/YBIhgILRxD+8OPmSsy7zP34h1X/Kavk/cSRCQvv//z/jvm+lMpjhPybRL2Za9t+/6Ai0xfDfy7/JbN727aDFv4dOMBl/4+A/WnT9zvGu8r/eRoZw10/nvwwYTtdKM+2/NZfyfdyW87/b5tHs1zDfv5zeKUshIvq/W+5l95sS4L/si5YIR9D1P+5iRwYN9/i/HBaTlClesj/C4A3qQVfjP4a8X1uQWPc/HbkuALM69T/PFZN8vxLbv0UHT6VpzO+/AAAAAAAAAAAugeLUXmr5vxCPyRU6GOy/QQ42WZL4679fk2pa4Fvjv595frsU1vq/bWs1LOsj8b+z5wVQy7bxv5Xm/MLWcOE/7KHKlVrs4z8AAAAAAAAAAG0C0efNgOg/ed2eXQB87b+SNoVp0aPwP10OKnhOrs4/fp6d/mYj6z91/VcUdV7uP6lNjjg2t/k/gpZHXiPv2j8BSy1eiS3uP4kfMAAd/+q/fTcCGeUt+D8B4ppUptT4v12bcJgGO8m/GoJ1CHsb1T9G56+UdhHfv4I9DNMb4f2/+O1kwvmF9T/jcaGX42LBv9fi3/3219s/sn6TozYQ879RXUkTQIvyP8qA8rEgp/U/y0RsxN4G6z+B3Y6dsPfyvwN+nI/IzfW/+lehD90N9r+9eHGOODTvvz6UM+++RPg/wU0/yUZD4r+Vro7FSQ7Yv5XrNmRVSPG/47r9cTo09j+m91HtrU7Ev0xcGSaVQ+E/Dai1Rmm3wr9wKcElm4vzP7ei48zOJuw/cnCtMZvn+z/PSbOa2cLzv/rehtlqZPW/zizKXN8a4L+vj+DPJKamvw/RE8v///8/HXoXQldTwr/SEVpYYRP3v7QtTBv6ccg/f1xXRcsi1T8n0xS/Elv9P3lVdMKBHP8/cgMyS4NN2b+iaGvGsV/dvyg6VOFDwN6/+Gr7QGYU4L/UYbBuD3PrP7F7lU9xm+0/UQT9osH8+T9vVFCxspfovwZMQvfyR7A/bFEfaT/67L9DTAzKucr4vxbeeHyPivU/AAAAAAAAAABAmUTRdXvrP5lkRhUx4fW/pEm8o03L9b/ECMw6XpzHP0YJE5ZVYdA/oYoD97YN+j9hjK/7Xa3wvz+/0XqBUPQ/CL3EpCaier8AAAAAAAAAAHZOtzsxm+I/I3Tv2i6F8T+xOlKR8HbYP/mvbVUcdfm/x3a1zLhF4D+hbr/pevTsP3H+UcnznL6/KbJWQcG1tj/qjv75v9zzPzXkY7aBUem/TAmzhCJP2z9gMzrJQ7HlvwsOpSr01vK//nEvMjb01j93SMnEebarP5Xe6f+KzNo/u6m2RTyd9b+orwblk1DZvwWgeG4vH84/jFyT6gUr6D+7nbFT/g7uv5lLT0JJ2fC/WC6YUkIg5T/krVgLlG7Nv8zeYmpPnvk/1sfJsuLV9j9bjG1Rm5zevydNmvE0ld8/By+lfrYS9T8l6/A8XX32v92l4m/eif0/JG8VwGtJ+79CcnVIG03uv2sL6H93quk/SXMRfpXpwz8F2eU0LELyv2zZodaB2PG/x9EsIIU59L9PqRAJkSfrvyQdzg67Z8M/UqS13H3r37/i+omi6O/9v0F95FS8/d+/HEYJj+RU/j9SB1zyD2rJv0jgxNEvZvq/S7agfotj7L8GntQt0gTEvwMrVdMnu9O/edi8Uoug0r9YXkdZLtH1v7iLmUIV77Q//oLBlvn//z/3Eofu/F/Uv/yiz+zEWuQ/MYKFKN27978mTZW5yF73P17/c3aPEvK/tloLlw217j/SvDwFAEnkP+ShIhAdaNc/AAAAAAAAAAA6TQ1w8ZrlPy174FYg3PI/ayHFaJWY9T/QStE0EnX5vzKjfkEcAYa/RklAEWdHwz9ZHh3PPab1PzG9C8KeM+C/b8DYadx/4T8AAAAAAAAAADMWcQAY6e4/rNDIHmOd7L8qo7oT5lL+v0JnneFqg+w/INDO1YJT+79QSZiJtLCQvzhBjM0ry/K//7SI9To8/L80Q31FQP3iv44RuGGUDvI/dCJv1xf/+L9qk2bkhbLWP7D/hjBpBbA/xq+io9Gx/7+81iCNGiL0P7H5OGSyNtw/4A3lenJ27r/6/tBwHq79P2n4Jtp47fc/UHQcIpLz4D83Ae4mM7L2vzAwzpzMQu4/37nFY5kN7T9A13DdpEL3PwUW0Do71Mg/h0vQSsMf6T818x5a1c7+P089sVK3wfW/Hi/z/EoD8D91UVPqQeWbv457I4g2ZcO/fFa1VWQswb9ZVeqK9R3sv40PdfeJXfC/hV4UNKC7+T9oE2jd2xnyPx5D5hWfGci/tBg1yxZd4r9mKE2kBnbOvwX4BJcZs9U/jvkgAEYI4L9aBPwlk7jwP/jXCwQL/9+/uNzsB2L73r/9GrPAFvL6P6MC2CmBKdq/N9RsiVN2+j+SXJoyA9C1P+zQaj18w86/HfeWKWTDuz+6vjtw90H0P0xV3j7Hluw/S5pDM3+437/PLpQWNCz3v03mnlPH3Om/MZ/s5sBb17+ARUhJahP2v9Ddjbt8jOU/7pSi87Rm879Fa2c317H2P8GeX5Pe7uI/AAAAAAAAAAAzm1/+h33qP0K1DTybZO8/l47fOlfhwz+Eg8lV1l/rP3VsoX2sTPc/+PkCR3/x1D85hgkBJF7tP8sSBK8cytU/RJn+LKKL6D8AAAAAAAAAADCV6+AUPfq/cIgV79CZ47/pyWo8aFSqP9SA6AoYl/E/7iRu95l+4b+sC8Gkdj2bv2NHW0KIVuu/Lg5Bcs+jqL+0Vax7AMT3v1G8hI1g6+m/8mPlZArf0r/omT9JEaP0P4nmNBEAH/0/lqSOtRpe4z+kJDVqrN/oP3bxiDkiFPE/NIFzC8Bm3T8wLKonLqfyvw+aqh4VO+m/IEQeLaxs879qDtutUencPxkc/wOiBvG/AGLM3Inl7r/hv0SkBWzqPyVsvw7gEOa/", "shape": [5, 72]}, "right_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {"gamma_init": [0.6559209823608398, 1.4866398572921753, 1.6841843128204346, -1.272868037223816, 1.1594184637069702, 2.556436538696289, 0.08180993050336838, 2.243699312210083, 1.9603229761123657, -1.5855207443237305, 1.962047815322876, -2.873040199279785, -1.7086864709854126, -1.1528074741363525, -2.288238048553467, -0.36471685767173767, 0.7959837913513184, -0.4031652510166168, 1.9907758235931396, 0.8270775675773621, 2.104088068008423, -1.0665374994277954, 0.6710876226425171, -2.847641944885254, -2.329204559326172, 0.38143596053123474, 0.7386458516120911, -0.37342569231987, -1.8558636903762817, 1.2553550004959106, 1.8998960256576538, 1.7989726066589355, 1.8866592645645142, -0.5548809766769409, -2.066340684890747, 2.4182446002960205, 1.1676294803619385, 0.6713216304779053, -2.465343952178955, -1.9958959817886353, 2.7377445697784424, -1.3664528131484985, 1.493615984916687, 0.20235812664031982, 2.5135672092437744, -2.5470550060272217, -0.36607807874679565, -1.0575098991394043, 2.5081191062927246, -0.7708016037940979, 1.6779354810714722, -0.20959880948066711, -1.0345594882965088, 0.6961562037467957, -2.0454580783843994, 0.2818920314311981, -2.230532646179199, 2.400209665298462, -1.0586764812469482, -2.3638577461242676, 0.9984645843505859, 1.9149994850158691, 2.002284288406372, -0.19960322976112366, -0.032674722373485565, 1.8932701349258423, -0.7556208968162537, -1.2513856887817383, 2.0591659545898438, -0.9886525273323059, 1.3696491718292236, -2.2779903411865234], "moving_mean_init": [1.2045358419418335, 2.4746861457824707, 1.8058381080627441, -0.23318885266780853, 0.6631413698196411, -0.9469393491744995, 0.025500088930130005, -0.04139839485287666, 2.4750113487243652, 0.5233796834945679, -0.8224906325340271, -1.7950586080551147, -3.285827875137329, -2.126479387283325, 1.941144347190857, -1.095546841621399, 0.9652954339981079, -0.00282836239784956, 0.17978960275650024, 1.3101452589035034, -3.036494255065918, 2.3555119037628174, -1.7787562608718872, -1.6637852191925049, 1.8133845329284668, 1.3473341464996338, -0.1225707083940506, -1.3519253730773926, -0.16063925623893738, -1.5949338674545288, 1.5455875396728516, 3.378965377807617, 0.20482076704502106, -1.368457317352295, 0.8462957143783569, -2.522361993789673, 2.0796279907226562, 0.11671189963817596, 0.37618374824523926, -2.964822292327881, -1.5739960670471191, 1.9410320520401, -0.33665239810943604, -0.9001116156578064, 2.96844482421875, 1.8598732948303223, -2.0251007080078125, -3.320687770843506, 1.1427916288375854, -0.7968851327896118, -0.24480479955673218, 1.9844621419906616, 0.06087983399629593, -2.6349282264709473, 2.285492181777954, -0.23584145307540894, 2.298076868057251, 3.460749864578247, -0.5698195695877075, -0.2326008528470993, 0.6061714887619019, 1.822615623474121, 2.185194730758667, 0.7830446362495422, -2.6604039669036865, -3.427989959716797, -1.1514852046966553, -2.362520694732666, -1.9266141653060913, 1.5445225238800049, 1.7405478954315186, -2.6252477169036865], "moving_var_init": [1.5483341217041016, 0.0031534575391560793, 875.3289184570312, 8.374058723449707, 3.4071078300476074, 216.85214233398438, 4.866127014160156, 0.0051940688863396645, 29.441200256347656, 919.66455078125, 0.020969098433852196, 277.6195983886719, 5.407253265380859, 612.5513305664062, 8.08983039855957, 0.0636761486530304, 0.004660086706280708, 0.7525362372398376, 0.7978686094284058, 0.002184466924518347, 25.197795867919922, 0.0026732238475233316, 12.90560531616211, 0.14063337445259094, 0.9529391527175903, 1.598908543586731, 0.8969851136207581, 167.724609375, 3.853726387023926, 0.0022029667161405087, 42.12490463256836, 11.589613914489746, 0.5765039920806885, 40.92994689941406, 44.80561065673828, 0.32002371549606323, 2.391232967376709, 225.86181640625, 1.516776442527771, 0.24756193161010742, 0.0027803315315395594, 0.37420356273651123, 0.8760610818862915, 6.934109687805176, 0.0834776982665062, 91.85929870605469, 880.040771484375, 0.0016318311681970954, 6.635490417480469, 0.008950362913310528, 13.150654792785645, 112.2208023071289, 645.9338989257812, 2.9655613899230957, 0.003533683018758893, 0.004706488456577063, 0.002084422390908003, 2.656634569168091, 7.650493144989014, 0.6807795166969299, 407.51593017578125, 9.472945213317871, 5.116946697235107, 660.4129028320312, 0.428406685590744, 0.21415548026561737, 0.001294035348109901, 0.0024068187922239304, 0.21313922107219696, 75.27635192871094, 1.027682900428772, 0.003933451138436794]}, "kwargs": {"affine": false, "eps": 1e-05, "momentum": 0.0, "num_features": 72, "use_batch_statistics": true}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false, false]}, "rtol": 1e-07, "several": 4.0, "step": 0, "summary": "BatchNorm1d(72, eps=1e-05, momentum=1.0, affine=False, track_running_stats=False) on (5, 72) float64, eval x2 (input layouts contiguous,transposed; initial values via constructor; MindSpore-only initial weight,running_mean,running_var)", "torch_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "eps": 1e-05, "momentum": 1.0, "num_features": 72, "track_running_stats": false}, "param_names": {}, "target": "torch.nn", "train_flags": [false, false]}}''')  # filled in by fuzz/report/repro.py


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
