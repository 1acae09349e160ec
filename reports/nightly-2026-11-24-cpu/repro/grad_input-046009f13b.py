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

PAYLOAD = json.loads(r'''{"atol": [0.00043802245919475843, 0.0004390932258143355], "case": {"affine": true, "bias": null, "dtype": "float32", "eps": 1e-05, "grad": true, "grad_seed": 0, "mindspore": {"frozen_statistics": false, "init_via_constructor": false, "pass_use_batch_statistics": false}, "momentum": 0.1, "num_features": null, "omit": [], "param_dtype": null, "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [9, 2, 52], "steps": [{"input": {"constant_channels": [0, 1], "offset": 100000.0}, "mode": "train"}, {"input": {}, "mode": "eval"}, {"input": {}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "id": "grad_input-046009f13b", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "dzZaXRLJuz/Rg0nhdonwv7GADDP9kuu/MI0TjutV8b+fCAxdf2Djv/bB8QY3nwBAEOhYG1WJ2j89jLOZlvBjv9AVt4OTjwbArGj4X5xhAECRnGuusAeVP+Tg8KCUEwPA1rusHcDOsz+U/aL47AXNP/ZnmSBUmfQ/J4xyecuVoD8ee+v+UYD1v8wRt+pfi84/itYbmUoA2r8ZqEObMsT3v9nwhIH8ddQ/nCy3c1Qr9z8Wj1GriZDwP3o6mVNtJ+O/Y8hHCHG5AMDTQ5D7Z7vrvzlKgKgNkvu/jOphAFVlsb/fHRC2cWnvPz+pW3DznAlAXpjSFblK1D/Ew5CCDUj0v7WTFNI6bc2/xieKZl7L3j//7cPAq7yDvwg4XCNLW8G/QVoIxJb/tD9UZsMhiJXzPyenU0eaUN6/2OdwT9ib07+4Ayq1lszmv4wRtkEId8E/0g1ZSmMc+j/qiZMzVfjUP130K7Yuy/w/3OmORuXD5D8dR/5ttvf0P2L849kdsPE/rnepa3J43D9TqXnhYN7YP7dIMj2tJwHAXZsDO1lr3j890+h+G8vXP4NQg/w9U+W/hqpvBD+Y6L8NwWLhHpjlP6uNBOLmR+k/ao+7Va3T8r85SPS0S+C0v9WQ9ENEjb+/UBBzOcy35z8amDwqg733v7UyZG1DqPW/3kxXtoYu4b8ttabjOofUv234JQgcz+C/34WBRDXq+T8x69cWzdYKwICnHVrvVOQ/6MRFNhhXxr9/z/OXyHfJP454MAFGOuW/5CA1Lunwyz+ifsgiYuPFv5sUSSTZcPM/TBJOEf351r8V4CfdXpMEQI5Xyzbss+O/iw7EsC3v97+hKe/VchLvP4uk20nOV9o/T6GTuW9k9D/gjxMrJLvxP3jyotGTZPa/77j/ehq2tD9upSsemjLjPxU3NH/U7vW/wblrTARsBMAfRY6WrrnqPxv1pYIOq9G/Tet8KiyK5D+/4nhFYbjxP5obYGogL/C/lBHSGm8j6L8+t96JAGXyP1ZVUBuorc+/Wlx/8iCj3T+fCxTbqVwIwMtQXV/U4+W/gQtPFHkV6z80U9Sbkmziv6vLFaAP3+G/3/fE3IPm7j9AJ+GyNhSyv2OHnq8HOsQ/aAwn47p/4L+W8TbVWI38P4ZiIogxFu6/NYoMk+Li2b/fvK8+ZQLoP7Ed/Qwc2NQ/LP0Oc4av4z/XiTBtqFH1PxSFa0xNyuU/VLlGG9e8AsC3IloACBzVvx6F0qld260/czZLwF59A0DLQRxuYHqzvx8Q8cHjDaG/vOnTiIlj9b+JnNcSE7Lgv1NC+SkLEOQ/Jlm68/ZF5b8acYJFMxjtP8CaQX8FbPG/oXEoTItPwj8gtmTTV4Tov5nwhTmlTLG/Rq0BjQwYyb96URLHctzIv2qAzcdVCdc/xfYPHXgE57+u0pbFcx3aP6LpLaMA1+O/ve1y52HN0b9TtigqKK3gP7iL/izdYfa/uw1BV2gqxj9J6eZw6LjVv1nc9yNHfck/QYXQ1XfMAED4b5RvIDfxP3jCRfZncfW/CKZAzxme5b/B1PdVtpwBQP9gNE7WHdC/rCg+67aB2T+7ZNI6G1fZvxOUCr/jD/k/bdlaSxa98D+p9yRirD7gP2fAF9McNtu//Bf+olWK7L+n49tBQ3Y1v14mXAS+gd2/aYZ5ViWj4782H27wOx3yP9wCD2xvWc8/Y+3MpFDB0D8//gVV83zbv3XI+njbm+O/y5DXYWETAUAnemKm2r34v8Qr9PY+BnS/Rb48vbPC4L+k4WLFn/fjPw8TSywK8/Q/t7X3ygSm+799i/Nu+93mv2QZbHdOhOm/5jijfWSr77/GzOCPcrLJv/qj4SXmA8G/QwDl7thK/b+u8V1xvFPtvx1YC0ufBwTAyM7oVijp2j8hYQhvjY7YP47/AYOEB+y/A7PJbB1z8T8b+Ej4J67SP1zFXR+R0uO/fV6D/rtA5r/Mdmoz+YTQP1i1JBMUYe4/qTM4ExLb8z8nZsZZze/vvyTfpUIo4vq/mW5qSdo06D+myJmzvtzxPwme1/09Mum/83ExvFP4+D+FNZqGmpzzv7wPkv6/Xfq/i5Ml4b7C/r9PtB3hsVHNv/E66hubrfQ/n3qAvr049z8w4Ne/B37vP0zTsrqO3vk/QrJpJKUn7z+ADcAAsqkBQKimzXkip/U/ryYnsupq+z8SzCDTe4jMP05cOaBmQ8u/JOSLUbze6b8WMZcfyG0AwNn62FaTgeq/5pt5jfIcsT+XJxGgxurDP+LvM3ljrOm/71fkTJgr+b9UG78pbMvQv2Fm40L+Ece/repojim//z/p2x26Fvruv/81sqZlDNG/e5FZGbUA8T8zaryaI73PP999xIBmzcS/vqM+bKH+5T++XTB4UZrcvzBLaJfYhuW/b9D52LBfzj8zQ3r+ZAX9P0RleDW+Bbq/PchpITgpsL/e9V6Uq9Pcv+rBeZMu6/U/5TdGnVEn7T+EVZY9qgvMv1CGsDvkuNM/j+ahEMwF5T9JNEB83RICQDfHs+U8Rdc/d+0v5aIj5j/5lcaW0P72v3qyjItImeG/t6JwGfT56L9Eov6/FX7XPzVocgDvRbA/VTARpgs/3z9RQa3Zu4/yP18RiUvpj8W/sCPWUx5y0z9D1HJOs0PsPyuVMzweSOa/M3s6s1RZmT/XuvxTNmfwvw7iJ1f9puA/bVmYZ0qyAkDDfTUjuU+1vwyCdfm9tvk/p6tD6Pmx4D/nT68Vm7XwP/XYFkUcgeA/NkxpFHZS278UmJd4xx/4vy5oQC6pQdI/tkonE8UUoD/DOjfPDZ/aP9vtAb+0Bse/a2K0eOHG6D9s1Z5scN7pP3CvrTo6UL0/Pe+ZGAKH5b/r/JZTx4b2PyIzpLGu/fu/g+DGMcPW7b8MFCxF3nrxP4BwB3dxXfo/xrACPln22b/cBscC4MLwv7DJ37ztAfg/YQZp/v7b8L/zNxH6qhnwP7Hn8CzvCbE/MxAnSgNw1D9dxh8ItU/qv6LhsZ1Z//c/THwTQ6Qz9j9MGNt70RHyP6bxWkqTYgFAFguws19J/T9sBazgC7j0vwf/ZDkyIve//8jGHmjp6D9b+NYEN0vrP2irdeM3IPI/Vbzbdl792D9MiIPxmkPpP51b4j9Fa/O/9Smxj/tq2z/zoolrDfzIv5S9ScoXSfY/UH658R9u7z+hazXEdOjmv4bQdPkWpNY/i0A+euo88r9gQcsT19zhvwW8PK86O+W/yiVHipAKyz+5WCmtbzziv2FGPFALLf8/cn1KtgVK7z/vM3p6Rer4vyeyOnJ8Mvk/5DKnk7mA4T9v50IeUtP7v36KMQB9HPa/AJbysysa0T9VOfCD3aXuPyNFximUL8E/dEPZ8UC3+b/EpXka9DSqP8GLLtWaFIO/PuXEjJBBAEBPgbBl4artv48Cx55ZsdC/4Ejgpp/Ltz8P14qbk9Pavxp0z+H+OuE/1gkqSfTc+79XIf+WLILnv4iqbR3kaPS/I1PN6VIu1T9Xg0ZiLPngP6ay1vWlEew/GBQJfsoFwz9FNpkOXQkAQG04QBz3U/W/cIuRN/+j8L/te0eY/E/mvzqUqhr5edm/5XZ5dX0IAEBiWoea/Ea7v1/zLnXrRu+/eetBU0wx7T+ks384QVzMv1+QaC+siNs/ux+aCvv+4D8QzPwO7RisvwPUwQzsSPW/QlfLa79LtL/hFFePGIXgP4oZeYNJ4+E/8f2/Kwvi0z+KD/3MsQOaP0WnmPJ7+KI/SZE3hO8dxT/hwYxZVW7VPxgGhmS9Pfq/5BVEgIxs/T8i3aB3/jDKP2thRggLP9W/a/5xLpQC8b94YIZoMVHuv3C5QQiEUOm/h2Sehrteyj/74FF0MQLaP17kUhLjGtu/4OP9hwAJ5z96XX0Y3Xuxv7rEHNcQkOG/EafCvz7c5L9cmZZrkjupv4pK++6pYbM/dI5rYkVg9D8Jvgo/t0nwv39sStJWLvC/QGoqSISs+b8O60565W+cP3mf65gjILI/PDEo0nQDBEBbMNcrf0/jv5NE3Ym6VvS/QOibu3Ad7D+JqEQIq16wP0YKcd2vEOS/Xe4CjvZbAsAQ1t3NlfHnP6k3NfMMIeE/QST842kx4b+afUM2sR/2v9KBMRnUYPA/P1OKFGQCoz84N7kK/3nnPyk25cs6Pa8/L1XsIC4Y/r+Z9lbY0urrPysqvSu8UPe/hVFjNzN55T+1YczmnlHePw6EPAJMqPG/uIMz1dbGYD8Vth3mEYrvv9cpqwqj3vS/4H4U4nIp878gtOnp/pHYP87LAEl8ucM/QwHEmvde+781oEMCdXvgv5Us6ItMV/C/U0tTxp+l4T/KDprXaTjQv2BofDshMOy/pT5mvbtzsL+k5lNs3+ziPzYCCGfdx/c/Rh9UVB4t9T9cCiKeN13rP1iI1XaMNuI/KQ5V+NHV5r/vBE1NVL/iPwdg7/I/SKo/MbUZgF1ZwD/bCy5C9LSEv9RTCTc2YNi/xEZtRsuG5z90tpO3a43iv7ipug9gHgBAwDIszja6AEAvjhDDeVHaP7GWw73eyto/+s6LHG7B678TXVERuV/SPzVZneGnFAJA/gkwwkuW3D/03HALrgj4vyKCglQNsN0/QKaZUITTzL8OnwNYaFfxv9IEbNhZN/o/jOs8m7adwj8K0C33tofuPy0uDJ2pXPO/BSGkDxfP9z/xR+vpxV7fv36iKChNyPI/onQSu+sfAsB/SjPR43HVv/2bNvtWuPS/6TNhFxB/2L9FNy0qHTDov176Mfhq4rE/9rUb+NAd8L9USwPZtEfxv8bJzN4QI+4/eBZpgdt08L+g8f3d7Sb+v+S32vbm/fk/8uShjKt74j+TghNYQfJKvzcMO7d4ZuI/MmtZ+UN6AkCSycOB4z/nv1qsAOACld4/t24ikQRU4b+CuGYSGfXHPwHN2kPrdsI/qgGAAV+J1j+9pWo6OWztP2wygm6NpPW/88kur9zB9T+sBAJsItvxP1xofi4x6PS/zyTjWeFd9b/nygJVq/Tjv7dx5CoZ2eM/jYZafBfb8T8fF2k294LdP8TgI8SenfC/uIMWEtwv6T9rof7MMy7ZPzvQxr/cAea/Gt+by64S3b8zf5NwRG4AwEeb3shXUcY/WBvyEAnL87+M049ouUTlP3dJ+NkFAeW/HIfETHGp47/7KVIw+izuv/742QTBibo/X4Ae1nKQ+T+vCEPDfSTzvxs2xJWTau+/P/aL/wiW8j/UOzqtOWbwP/U3DWOT+ei/J5vnqWAc+D/g/sTdHLjmv0bpA/Hb0tg/qvwKLhMZ8j9CgX6fdtTsvxLRWlpdet4/ws79wFbU6D/q7D1RJbrnPxWbwERPSvc/z447Yf3mxr+hRazlvYMAQBECGTMOVsM/eEyq+IfY0r9EkDveg37vv0IUerT3++K/l0u+WqMd9j+qkOCFlwDQv7iONRP3TuA/X/7Pu7exB8CXmVHC46XyP/5PyxlTgwHAci8bkWFq4z/7CFqQK1f6v+h4ltH+leq/p8Yw6f//xD95cdjdYEPyP1qaC28MadS/IXBRgnuv5L+5C+iNlj/Yvxa0+Tn00/E/5KkAaQC77b8FW25yF4nJv13PWeXCyO+/pHPfisqN/L9+Re0Wy+y8PyfkzFLroOc/4++XNaUQ0L9ZzizFI1MEwHqLfi6r/vO/4S+/C7TfBUCFE/3ri5bdvyQewKtDKtC/qv1VaTFD97+WfOCg2VfoP9OV882dqwBAgC2VcUzfzj/bF0ndETXOv4D2rfa92Lk/2i8LsY9t+b+mFrkmWHXgP66hyt7lB+8/Ic3ibEtrx79HqaTK7grhv4y4r+a5HuU/NzOH1rHA2D86xAsH4kinvxLCdO5/Z+w/tvVOHjS80j/narg+EAAGwDIbwlWwUve/iWYPZz9qzD83pJz23CngP5dR/tMYXeG/ljf+SQfgzL9CzrzCw0vGP6nyuLl8+PW/C8uhIepM8r/30fy/Gxv2P9OQRLeJL/q/L/F8Hq5T1L9L6LUzsTngP6TRuDqHMt6/UhKlvChp6j9VId/jWu7zvzxILqkxQfU/0vL7qKDc8b+w2kGtr6EAQMHW10cgiPW/utGdzBnEwL/zL9wweDHwv0E1ivHSNuW/G+OychhqAUAj4uIgWtr1v9R247tYNNC/0OfFYv113r8ICH18E9gEQMnh3lwm8vM/c2ZUIz17AcAOEvovcvz/P8WUEs2lJMe/2Dg5Zxvc/L+jLjq2ecnwP3wmkWuruu4/7D0aOL8Ax7/AdCPY76T4vxVg/CLy1fK/ufcxydZlAUC/Oq1zlyT0P+SVLWegjuk/r2wKTwi6rL8xCR2Pd2KwP57NRHY0pa8/I03XZbBBCcBfFJXa0GfXv73tCc6T+PA/45uamEjO5j/QpxCaYAzrP44Jw4Kmw68/U0KitTGV8D+vtZH8yqb1v8Pz6dLWo/I/ky8ZN0e8xL9jzRAR3fzav+I8CG6x+OU/xgLNNnOo37/OEmtL222gP0v85V7Vybu/Pva9FMgG7783q0xBKdzYP7SGOJrIBLs/h7GAD0Ep57/Ms60MP6X0v6PijU3sjeW/ijevzDBW4D/aHPsy31jiv52LnrHEkAFAt5CPrvIS9r9NDBfPMsjxv2GbSWJ2X9W//sq7sVK06j8HCO3lVzDAv63JlZCiFfC/YydC9Hfr+L+SICARRPnoPwbExkgZkcG/6NlBX8Qugr/nEO14t2DoP+YmtZNcnPi/CSRV1hSJ47+ZJ0cJSrTxP+gdb8YeDeE/prH89c9z0T/NxW9TRQr2vwud8PgGKNA/aGMh4DuB9D+3LJWpu7C6v/DSMZSQX8u/+BcuY8mY47+lZzihJtvzvx5yWicQSPK/WCK8ZfGw8L+dTEnFxjDBv6jPkQyDsvU/BluxWqF62z+I5tgUJ7Tav+BLFJEtM8E/+ds2l6XWwz8vQN/tGIH7PwfeYXtdDwnAUSa6Fzx13j+ThQ1CNHDvvxieuda9quk/X39iXwzaqb9M+kREOPTMv73UV0SO7OC/FDVTeDmt5b97KBDsG83Vv95NuKdWjvC/ZApVQoGV6L9tllk+DKnCP/bnuldGtPK/WbpDh7esyz/s1pTUILzuPy/yPo0sFfU/n5LmcRmA2z8ttZxgwOQAwHQBJRM/4LA/KlMpNRKLp783qPrNK40EwEEAL/BgJuG/6nedJ9Mx5L/ao2SwgKcEQAAdB6ROHeS/3EE0sGO88b+ytE/sogHiPzY4AEEVUdQ/3GXOKsD6/7+aESdlmqcBQA7esi5xc8u/HUnicN2+5b+c1y8+smT5vxLO5Jx2d+8/Zh5+bOunor9e+69dedPvP27XU9AJdtS/Q7oL1TWe7z9WIdznzmizP0bI8D3PVvA/0HM/MTSAqz/Bs/b44XTtv+ZCSfCiBak/3h+EnjaD9r+eD49181aUPyeMlBP4WMg/FuxxWhHACMBmdqp4p1yLPwu1wjtihes/pr4rkV572j9C3MAMUQnkP+Fso5HT7+k/JjRxdYXw5r+xvQ7UdbLwv1Xe9TAwHfc/MIinoo7t6b+Acz5di0rkP7kXlTi0vtA/6AQFgi9j3b/KmbIudp7zvwr0dS/dBce/7YlFLZ8k4L/ZH5qXO4D2P9xqAkDkJfs/5ifLeihT3L8XS5BN1IP+v3LsReQr3t0/jKjjwXSWlz9RbUwyFJe1v69suud3oNY/9pDH4bPP8b9GzpcgVnr5vzxpxVGs+cG/nNTrXuyT9T/nsFL7i1L0PxHi111dwNu/uATQdUtN3L/g0w60XWflvxgNBoGlrrq/mn1XPKZkjT+8PEhTFXLtP5H3oehTqfW/5MYD0ahG+L/SnizZp/DGP+nboJpT4Oa/wIQyaxlj4r8t615LGmD1P5o/xuiIcva/Y8QgKaLW5D91723eiS/VP+NJFsdxtfC/Ez4xQdq9CMDYMv6Z7hLlP8iXYHLtFNM/YgT5rFHi8D97d2uuPZnvvyIBJRHAg/G/ynsI8ec71z8skmASRr/iv7EnqFaMXu4/Fol6S+Ilxj//amgtbnPlv69KKtj+pQBAn2bvj7anuD+Pe7rEIYL7v9HFI2ti/+2/qP7o9RpY7T+OHlaShMb6v5MtOKpRNro/kxhSN1eU+D9LO3AlgOHnv52mZGxVpfq/qVxKrAIV0L+uNxHgdWHmv9wqNWCVm+M/rhdx+svd678JnjmQHeoGwFDBY819Kde/gJy5D0pZ8T85qCuLZuDuvx7WIJ5ph/+/Ho+/mz1H8D8vsv11CXkCwCQd3as6GNg/ujoFxk8B9D8vd4m7PB7Uv2qwbHbal/0/t95CT19z8L+3h9qMxybYP4NSL6+GIfS/30VUMweT7r93GpgzaAntv91CdeKs/+g/Fcm02xal1T/9bIcCWv3iv35HLToUpdQ/PBeaEoIkzD/QEyGH/Pbxv1ZpAh5nsdI/+q0Yvty8yb8DWQ4iV4HIPzhmnd2o7OS/7UjQmbEG8z/0tovVXBkCwC2LOH9oH/K/WsTqDidd8T/73d/HB9vXPwC/tJbPNP6/mKp2MCSSm7/8irhogGDVvyE3tjIqI+c/n8GyLRHS9D8/6CGYOYnkP3nZmzS1yOy/XBOnkf4HAUBC8WAV2+/oP5tmDas1XOK/JVWd2s8n6j8+nUUyYo3av8jlhq+i7OG/nTL2UT7Q+z/oCIQtNjnmP25drnMobwDAjv2cT91K9j8enqBb0uPeP+SrioEcxtQ/pOSbhl+L3b+TpkxhpFf8P98IH6vLzu0/8PmUBAeK0j9YQZRe0Mjnv6AciOoFEuQ/pxBTOXEw2b8khB6Mw9DXv763aX1mQOQ/C6s8iKpHqr8of88gDjjSv+4BEtzXOpY/opw2/1Rx4z/sIscZd2PSP2JVjYVzBcU/sZogSV6Z8b98Sz6mXnTTPzS7951resY/zq/0Kf+m9T+EeNWHsLbaP2EKU555Ldo/tpHBvS3GCkDD7vy2+UXWvwJwqGkUqdI/bwOxz66d57/Ye6fh3cL1vy8h+nUzQeC/cxtMGmTVAUDhbUrtEwvmP9REDRWnF/y/QFrc3Y3Y2j/6sDoDdsrVP4FA+KHVmLU/e6obmPJ16z94OGY1hdupv/QCehFD8NK/OlxhEw95zr+KK+Y80fzzv7lu8UG6M9g/ndqG153l9r8qQfvYscvkP5IdufzFyua/nIs3f1Hr5D9xdGtejif6P3UlaBnCo+s/ixY5L+apAMCatRF/2PHyv5NbHq3hEgjALqQzY7Xj6j+p1jXt+ZLmv+9tike2X8e/aZQwr1OIwT9jxoFLjLfdPxR9ISXHJOW/vUFWvU/+87856uEZJaj6vzuvtFifGvu/fG16+lxX2b+9N1JPSQzUP8OT7cLL3QBAYsl5WtmO0j+wSb6F++bpv5rMWsR5ZfA/KR2Qd4h40r88uPDlaYQDQN0eU9vKZO+/RNRRybfW8D/mlkJ8QmzlP3QDqeSG2t0/qOA8V4wK5z8IlqvlgbjNv/p2VHgGFOO/i8yynNjQ+79mq9/OL87qP/2WPkfOYeg/4m9SOiSG8T+k1dVTrlDJP1fSMf42j9y/vRdOdr/l4b9WxAN+XZvXP0VvdZZ7luw/dczE3ykVz79ezukT7FXyP96ZGGtUhuk/fA7bUL9Z1L9oLe65mXkFwJhJa4nDmPC/4gRzEPS58b+IybyAm7HfP34B0PNkfQFAujPBCgNl0j+zYzit6bO7PweHBXJXmqG/7OX2mUyYtT8fhEEEz/XrP+dW1Kzsz/A/DhwcdqTbs7+XxL4LAfrgP5RmKd9/htA/fQrjlrJF8L+9IKQBl5/yv60PWTfBruA/QpVg0JkZ6L9M+sAXLHnnP1twRfvU68e/a/rLwnI3x78fOWhj5UDhv1bhnDGst/o/E3IPKQ1y7D8on2cnaybAv64t1IYF3O2/2PzNb9iQ1r+46PEjMpH8v44dK5CSdPO/2trG6dHc579Z+nCY5QPnP59y/kZZmtS/vR23lqpJ8j/EjRBrDGj1Pzn7MWXy7eW/", "shape": [9, 2, 52]}, "right_plan": {"assigned_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "eps": 1e-05, "momentum": 0.9, "num_features": 2}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, false, true]}, "rtol": 1.3e-06, "several": 4.0, "step": 1, "summary": "BatchNorm1d(2, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True) on (9, 2, 52) float32, train, eval, train (grad)", "torch_plan": {"assigned_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "eps": 1e-05, "momentum": 0.1, "num_features": 2, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [true, false, true]}}''')  # filled in by fuzz/repro.py


def decode(value):
    return float(value) if value in ("nan", "inf", "-inf") else value


def make_input(spec, shape, dtype):
    """The case's input, bit for bit as the harness made it (fuzz/case.py InputSpec.generate)."""
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
        return data.astype(dtype)


def upstream(grad_seed, step, shape, dtype):
    return np.random.default_rng([grad_seed, step]).standard_normal(shape).astype(dtype)


def run_torch(case, plan):
    import torch

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
        x = torch.from_numpy(make_input(step.get("input", {}), tuple(case["shape"]), case["dtype"]))
        if case["grad"] and x.is_floating_point():
            x.requires_grad_(True)
        for p in module.parameters():
            p.grad = None
        y = module(x)
        out = {"output": y.detach().numpy().copy(),
               "running_mean": None if module.running_mean is None else module.running_mean.numpy().copy(),
               "running_var": None if module.running_var is None else module.running_var.numpy().copy()}
        if x.requires_grad:
            y.backward(torch.from_numpy(upstream(case["grad_seed"], index, tuple(y.shape), str(y.dtype)[6:])))
            out["grad_input"] = x.grad.numpy().copy()
            out["grad_weight"] = None if module.weight is None else module.weight.grad.numpy().copy()
            out["grad_bias"] = None if module.bias is None else module.bias.grad.numpy().copy()
        steps.append(out)
    return steps


def run_mindspore(case, plan):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import mindspore as ms
    ms.set_context(mode=ms.PYNATIVE_MODE, device_target=PAYLOAD["device_target"])
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
    trainable = [(n, getattr(cell, names[n], None)) for n in ("weight", "bias")]
    trainable = [(n, p) for n, p in trainable if p is not None and p.requires_grad]
    steps = []
    for index, (step, train) in enumerate(zip(case["steps"], plan["train_flags"])):
        if train is not None:
            cell.set_train(train)
        x = ms.Tensor(make_input(step.get("input", {}), tuple(case["shape"]), case["dtype"]))
        out = {}
        if case["grad"] and case["dtype"].startswith("float"):
            weights = [p for _, p in trainable]
            y, pullback = ms.vjp(cell, x, weights=weights) if weights else ms.vjp(cell, x)
            grads = pullback(ms.Tensor(upstream(case["grad_seed"], index, tuple(y.shape), str(y.dtype).lower())))
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
    print(f"torch {__import__('torch').__version__}, mindspore {__import__('mindspore').__version__}, numpy {np.__version__}")
    left, left_error = attempt("torch.nn", run_torch, case, PAYLOAD["torch_plan"])
    right, right_error = attempt(PAYLOAD["right_plan"]["target"], run_mindspore, case, PAYLOAD["right_plan"])
    if kind == "error_parity" or left_error or right_error:
        accepted = ["rejects" if e else "accepts" for e in (left_error, right_error)]
        print(f"torch.nn {accepted[0]} the case; {PAYLOAD['right_plan']['target']} {accepted[1]} it")
        differs = (left_error is None) != (right_error is None)
        print("DIFFERENCE PRESENT" if differs else "no difference: both accept or both reject")
        return 1 if differs else 0
    np.set_printoptions(precision=9, threshold=40, edgeitems=4)
    if kind == "nan_parity":  # like the harness: NaN/Inf placed differently in any quantity of the step
        differs = False
        for name in sorted(set(left[step]) & set(right[step])):
            a, b = left[step][name], right[step][name]
            if a is None or b is None or a.shape != b.shape:
                continue
            masks = [(np.isnan(v), np.isposinf(v), np.isneginf(v)) for v in (a.astype(np.float64), b.astype(np.float64))]
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
    # the harness's verdict (fuzz/verdict.py): one side out of tolerance and several times further off
    present = (bad_left > 1 or bad_right > 1) and not (bad_left == bad_right == float("inf")) and (
        bad_left >= several * bad_right or bad_right >= several * bad_left)
    print("DIFFERENCE PRESENT" if present else "no difference beyond tolerance")
    return 1 if present else 0


if __name__ == "__main__":
    sys.exit(main())
