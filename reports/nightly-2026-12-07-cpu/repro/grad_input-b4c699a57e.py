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

PAYLOAD = json.loads(r'''{"atol": [1.0411256359790811e-05], "case": {"affine": false, "bias": null, "dtype": "float32", "eps": 1e-05, "grad": true, "grad_seed": 1886, "mindspore": {"init_via": "checkpoint", "unmapped_init": {"bias": [-0.44056931138038635], "weight": [-1.7019624710083008]}}, "momentum": 0.1, "num_features": null, "omit": ["eps", "track_running_stats"], "param_dtype": null, "rules_off": [], "running_mean": null, "running_var": [0.04702706262469292], "schema": 1, "shape": [385, 1, 2132], "steps": [{"input": {"constant_channels": [0], "offset": 100.0, "outliers": 3, "seed": 18648}, "mode": "eval"}, {"input": {"constant_channels": [0], "layout": "strided", "offset": -100000.0, "outliers": 1, "scale": 0.001}, "mode": "train"}], "threads": 0, "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_input-b4c699a57e", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "UaQ4VlOOGkCqVytZqDzwP0vhh8Pm0A/AJ3+vpz5OBcCw/WNpv971v4WPb+wpy9+/gdd8CBWwB8CerP1iDQsRQH8kGrJiZOi/EJIF79E1FsBKkoKRu7ADwDtbrlhLMgTA35wxnbxvEED4ZoN39/3pvw+Ivq+9uxfAqVvE4ZgrCsAQtrql4p/+vz0ETuVuzirA2lQw/G6BKsAItY5eFnsIQG7wGEOpX96/QBvNbF6UG0Ax9g5ula4CwBILqEcOHSHAhFH+THrW87+1mtLt8DjZP8dYTJjT7RtALEQS5JJvGED63YNwVVQQQITvzOkuowJA7cdw+1kxAkDXzGhH9WIXwHkRPSYI9BhAcH2jBPU/DMDPVLFVf7H/P7Ljc954jx1AkJX8aH2L2T9j8zP55GL0P7V71ZkvL+K/gxfqNm5a+r8IJzXO9DESQB6HHk+YHSDA8yumyccFEkCKB/nVshcQwFFGHX0hGxDAUDbWCDpsDUB1vkIU1W4CwHWRySID5O0/EQ5Bu/A3CMCD7SRzGwURwAH2dZRqTfg/dOLkw73FHsAAw/jFGX4iwE0athQMFRZA0VTGk4W/3b/Dlkhq+94NwG2+YrnSSgPA9Zg6F83HCcDbubLbN7UJwKD6lX+JlQTApf21pOP0DsBk168h61oZwPV6U0jqG8o/BJIGUKs6vT8LhUypqz8qQN8qfAYNuBVAqm+iNfixvT91aHQi7LoBwL2rXK5HhQBAtY+asQ1C9T+oKJfZ7ETXv2dYEtxOQxTA6kUyoFEtB0D0fftUOFQJQAUkyMpxmiLAc8TcTCJLCECPqrLgMo7lPyjQplNjsQjALlohqEYJDEAom37BIZQawPwFprGRRtK/y6mA5VDT/j+ImCWiJfciQEts/j9IzQzA4CqPDTXL4b8DA6KBJYIFwAS2KeETdRHAkYZM6VkBH0BEHelx9pwSwIDBDwiJ4us/81jFCqKlqb/3dwGaop8VwB2nrsZY4yfAP713TOprBkCvK+25qBABQH8l4hkV8dU/hfpWI5V9678mCSoNDdzhP/y8JYfmEQzARQsghrnMEsCLzKpFMr8xwCJjQB82igHAvC9GecoNFEANlLIHxdEXwLj/YlAm1fu/tvyBAwPz8j/LkythFhoEQBJ+90q8GRDAti8I010M+b8UOcJ8Q1kGwDuo28OsHuy/xvMgOklI+r+cJpkz4nMbwEpGkohKUe4/2bwADTGSFkC51ssbadUTQGkQ5CY9Ofk/t50GMHJg5D+2jTD/ivgFwBamBeFrYBhAJB8tlMSxx7//0/gmbO8hwI1RYOYjygZArrNEQSGdFEB8WUx3eEf9P2zoXDNzjRBAirAEstm/EEChag+Kx7vev88Ovhg5EOY/nwN4QtzRC8C+2CqUqk0LwOuZebRNaLk/GnNBPJW8FsAb1luvS0vsPw9TbHS5hcK/F01RDxJ2EkAMhgV48q7vPxmYAtVuLh5Ai6vPoddX4j8Gtg3KT24RwEtKmdwAZxBAro1dIuG9DsCQYN7r6+AaQDUAD/VHpwxA8vZBqtOOE0BHx6Jy4VIfwBa+cgsU1hlAa3Ne/hdNFUBdtGcQSPYXwKOFrrCAtCVAlkmXVOP1BUC6eps7hhnvP33UpyWkjuc/hUCeeHE2CsDmGme/TaARwJNQeOgFC/w/grLZvd0/EkC6u2vN5lkewIJI9WcxS+U/8XSOf+r6+D9lO6es9KAhwPL0/ACN7BBAB+yOtyHM+j/Usl8Q7A/tv+SoWH8TCRvA0dPin46GGsCfeEGlHl4hwNAAEgAVifA/Vf0ec/liFsANmasJ6BkLwOQZ0MqJewnAtEQCxSmKFsATQ/I34SARwIbeplxouBNAp4LPCn1dEMAcJJTKq8Osv9pd87DvXNA/g9X450Z34T/5cXXzU9X2vxhTEVaveBBAi+m1EGjcDUDa5aLNTKAQwHZMIsP0mQdA94CVzS7u278s97VaRWkEwCHaDlut2fo/vMN4jArN6D8cG2EtDnbzP/ZyY5YMhRfAF0TP+WSCDkBVHnTpwz7zP7Mq71pMcSVAnpl9fF9T2j+cXaFbLZMHwD6JQKjlIQpAJdRjNPKRE8APdInaH6cGQC4dRQBsWB9AgMwf4RllHsBNClAvSpK+Pz9X/cNKvwrAT4//muI8D0DsSnFE10HqP9LmuqmG2BZAvxmHeWLQ3T8Chd604TTiPy/6gUs+6vc/Vjf7eKEkF8Cepm8i2NLsP8NR1LS59x5AJdaKnijcB8APEo1Yf9EewO3awD3biQbAZc23drFNJ8BTl90siOwJwDDIpJ0Y+g/ATGfYVhdm/z9JmkM0P9cNQKH3CXttuuG/rsX582veAcDqFHBezrjyv3QXFSU/sRZAmqyxqXUxFEASW1nZuWwOQODPN2VOtCTAdyxiChDoIMBW/SHNDzAbwFirKouwMgpANeqeixNjCMD/yqQMc0MXwO6FfzqYMRJAMHMnDSNI+7+aaOcNRNUAQEJDj53sygZAMfViDhV/EUCkj7RQwUYiQPAORVunDA/AEvSGCTCoBkA5rWtE1tAWwJmBUG2jDMo/HXqA+6TPK0CXp4Y+4qsDwMlqoKWdhAjAwK2sDkqmCkBmIX09dA8CQJJzqprDGxLAxhMcwLD08T8zbWaFKSADwCzbn5eSSw7AZqItljCP8b8UsKuOIooFwP7sJ5P/OhBA4qTXLZAO5r98xmHEIUAUQKDAoe79FQ9AEvFv1PRcA0CTvunOikrxv3DceLPaLQ3ASld8ajqP9T+wYVcUchIjQKK+X5A7lx1A+q1Oum/IFMCWfBrKJ0IXQHhCb5flhhJADtF2JLzE/z+QwOB4yW4hwK4k3leIsAzAH4NEUjG3CcBw6hD2FJkTQMsaRY7DtyfAoJVtexW99z/OXq514r8WwJK3CGgeMiZAU+Oqgb/y6z/aXciB7P4SQNfx27MQWgHAb5tByMyoA8Bo5+gQDRUDwBHs2tFojCXAJG2ibqH/7r+Tz+VA9P8RwEAytXegfApA+L/lLaqxE0AXgZQON9cTQGIN0hQOshBAerrjfFffHUDGrFJ/ll3zP3eEeTEghx9A400hQOInEEDcxe8gJrsKwI28BgwheAlA5vCKk09fFkAFaUjb05iWv6Y2ZS+ciR3A/NNdWM3i3T8gjYPCBWMOwD27YwcAiPW/QLFZWrLmAsDmNQzH6S8NQEklovpfpRBAfqyQmyMb/b8H2LKpMuoMwKqAqUJSHwRAJ2M8oI5eJMCEAUlp3VcUQJI7xtHT4JW/uj0TrEGAF0AXJ4Syk08TwF4N1f7i7iPArPBePUsSAsDEAL6IKBcTwISSjdz+uw1AZ/Q/2VTeHUAAHtueHwUgQEvuO5Y8Uuw/rZQ950HKEUAbO+QmdlIDwGnQCy8hyAJAvDIhEsFVA8BgKAvAbRjUP/m+ZtECaH4/4z4b1FL+ob+EoG9NfDwPwCfWQIywjR5Am/JbzB7mAUCojk4Sdx0mQOPy8fpNhRRAWkl5EQqB8z9959tf84n/Px7qWLlpxRBAgEQp8I/Z178083V5hs0gQLzmuNDG7yVAO+9S0sMKEMCTLS3PaRYAwJNHuy7vdeE/Gh23tTDaE0B/or8wBLDZP+3gDW2ivdE/SDg/qW8ZE8AFmteBHFQnwEeXg4/UwwvAm63SyURH4b8jK9WidX7sP1DefLwVoPa/uj44WPHe/z9LzEptA431Pxfo2ET5tPK/gtodSzeZCEDAoT1Cxw8VQB9jD+iPyBpAfvRfVC2SkL8wFFkZ1/8EwN/qVrH01BTAE3n4oaVUAcBxMxAhHJfqv+lUp6ZohhDAXcsf6feb67+sDt9A5lzgv5fPU8V8evg/QxaQ4ZInI8Dx0EvWXMsjwJ6xq7Cs+BJANlPXgT8o9D9sxfbR1JonQGIIv96OlA9AU+siCqYsKkDNFrfLIPEIQGJL9HNZAyBAt66Iz2uhB0CLtrb03ZMQQNLPnuDRZPG/OmuDdYxxE8A7fOog+n3JP/FeuzlXERLAIvOUx1LtC0AorjrSeTIOQKOjdg6JjCBAIZWlQFyq8b+mAAXb8FAHQNiZ7+ZgiQXAPmR1Ce7mFkDsXKlYASUewHyg4woQMAXARTPwZmpo/D/K3sACdq4RwHQcIT0ctgnAfF4TAZmoD0BgSfat0VIXQFe3qPCe5hfAZhUmJzKnFkABMuJ4CdIHwBBnj1bVrwZAasK2NDNc5z+RcE7mXdYRwGbaMyoRaxfAe/ybXvMbEsAoqTesFM73v73puqnX2QNAYyicpLki3r+nsv4oARYUQNIyLQAxsQPAShbBJXIGKMDKXi6bz+ffv8xRsaYTpRVAT5L99qSHFcDGYSC6lW74P/tO9I6XBN2/iBhqtPTp/D/v4I3zPswYQHVIWaVp9Q7ALUyWuAcXGMCzY13jKKv+v3T8MGE3awtAE9+nC/BeFsDkHR7zbNkBwG5k/RLPL/e/NMo4zKdfG0C877MyoxIRQIAS8VJvZR5Ah5l7sjEUHcArbtDQgFgFQOzrYbG3EQJAGdVL0WBqEEDBW4xV8gvZP8Al1rHSwOs/p2xzaKCLB8CFGv8Wp1fkP48a5AKeQ+q/Rq3wnvI6G0AlKIQI1CoHwOgCIwyexwBA7Ql8DEPNEcCeZX3FhvETQKwT/UtFTPA/0rv0SuVpFEBuf4BPeh4JQOHukVGDWfY/F8YUH5nVB0By6pw62jEjwCL7ukMkmvG/gHuMiAJDwL/dtKoxF6baP7dH9zutUQ7A2JGBgrxr6j+s/UQlmwfsP2e14w4nWu0/vOv+PnhT97/LWGz/L5cYQC3rcUsrFCVAyMewo3P7BECwOkN6Qgb7P5Wc43SElBpAa2fDfFETDMCGbeM5NhkRQIjLNGvBhQfA0EGLEDc7AsC5V0DncvsiQNt668hzMPC/ifR5hNdOwz8Mizv/orIQwBDp/N5bd/E/Jx3ujxgA+78e3aNg0/4dwE3t/k8XjAvAlmcuXSG5EkCyx1Y1z1sHwNUCi9cPRxtAmacyF7rqGsDli9Y7hET2v4ez7WyNiRVAc/IuE+gHEcAruYc90Y38vzhG7cbRPf0/gU9M0Ehv9j/WK+P3TSMDwCKOpNNCzxfAsOGhvqLYJMCWxty8WlsRwAivCqUr0so/a55wpg8F4z90hH2hNQkJQCuCzfjCJQHAONDRtAZtI8DfyaHHc8rtP8XusDFndQVAuQEdurtd+j9caVKFQ+DfP7cUXlaYewhAdiXjXMqiFcCPOr5usgQkQEx6VXEUNMq/zkxwyVYJG8CiY6qAH9zSPx4UMzzv7gJAsDsWGt3X+j9cjpCtqwbNv6tqZJaGHAZAhj6phj3T5r8bdvjuhy8cwDM/33qwkh1AwOOu+7864z/4PybDKgUGQNC6K8+MtBfAbmParI91FEByrgo5Wd3nv2zu5Hg+fwlA3kurX/XDBsC8Gt6Q2/j4v1iy0s0SaB1AeKVBIsmkAsDBDjsEjUr3v4USV1wu2wrAWfj4a6SoAUCFzfxorqwCQMb47n4DTydAiR8/wEDrEkCiYAphNcX0v05IJrfZttk/W8HE4ouv8b9SKz9tRm8OwMBo3DdDvyNA8OwFsjkDC0C3RqAX+wsVwF9R54LnuwxACMuuAabW+T+N+f/eZVj1v2EfzRVF9h1ASLHRYyxk6r/kQYj1+ejIv6GsgEPA5gxAqdjuZBYGHMCTAUgkzxkPwM/6vAEOhwvAbsAdRqClBECweFj4LPsOwP9ZwM/tuBZAHhUZ8kN98j8rXztF6QIYwAZEtFRltp4/L9LUWLbByr959+VQpgkKQBM87yFPLg7AfuoeO+DOEsBKnf0V66YiQAEHf+c0X7S/gCBtjXdzGECT2RfQZ08LQBAKJX2q3QfA8FrRcxOe4r8M6gABd1oKQOdg6qHcsgDANEEVYC6nEsDu2UrTq+AdQIXJMOJ6kZG/OLOzcA4gBECKNpg54IobwNl7FfneOQHAf8o5iFEf07/Fqf6oApAAwO/kgd3EWxtAA7B2GM9bG8C2EQF/+mMFwA1efFzcsRhA7hzx5WWwG0A5xWt9by4WQBoYrgb8S4m/FH+zcxlW+j8uPhcVV5IVQMpDOvDGQQTArrU8jWvNHMCKo6Nx2RATwIWYitOG6g5AiIIKnxwNHMDTviHhXpUIQO946aZSCBRAdliXJ9kDBcASlTkxU10RwHsg80rGbhnARgrRW6TF+L+OeKGDLLwaQDb2k+gu+BPAzz86qccO1783WTUPtlcSwO9Zf/55cxdA2G0CM5ekAUBfg6vl+Y4QQNXUGjVCpRdAgiMbP2CcHUBtrsJ9PGkdQCX7X1LQiRpAkvTojEeCGkC7t/a4XyMXQKOdWtGD+g9Avolc7KKiAcAF/wwE6RUcwNQoQaGFEfO/xgyxyjB4zr8npTHenv0bQHnDvTZ7M/K/0lJT4PgrHkDPpAoYVzDXP8njdsveoO2/RSh8ndQXCMCFDMUBs3YiwG5yGdogDxdAZs5ipGcB8j/97r/dLVn1v2dAx3yXbhzA5qUTQJLMCkCnUnwG9c8SQC+Lp02FegzAaLOD1Fz28L8o55ocziMQwIYqFD7pjwtAAjhqEkuN4D8bzvzUgKEFwBaYVMW49LQ/MsMsqNIFCkB3cPNypbfov9m9SrOK7ve/uGSnXMwK9b/Jq9HN7MUEwPJsH+l7YQfA0ECfNBv2AcD1TwPNz2XmP9LAu9QFyxZA6AtY76u53799Ve71+WwNQL8xCwy2MbE/8o2RirBs47/uwQ8hBlL9v6/XguLg0sc/k0GGGHHj8z+fDhOvlDciwCy3QWLAb7M/D6VxSBeVCkDjSvuAzWjYvyNrCqWfp/Q/Tawjhs4G6r9aN4jRDOYFQIUZrZJ7gyXARETn1UQ5z7/KD+Ta5yMTwDR9ZBlj/BLAH3EpaXEDJcCxi6SuzQoYQAW6Z/ncGd+/S9OcUV8G/r8z0yvCTCfAPyJtQbznNxBAj4SKhSc6AcACkgLi7kTZv8PIOUKBtCRA/135RzDs+T+aAsmmaSgdwFVYox65Xx/A7Ftpx1c7/D8w1PuzWmIbwF5377t6hiBAaUilLGFxHsBD3yepmUwgwGw9Uu1fnBlAoNmJFMr8H0AZLW+2mZPXPxHwT9ddGQlAWFIbylvEEkBKvuFItTsLwGH0fJoqQOo/KfCxFEKH8D9+i3sTj3EWQFgdPKYtXQDA8YSL/32u6b/i+eapPtYVQLD7PkX5OBfAeH+ymG18CcBMIR9wpSMUQLKxjickt/I/o5OiFIAf5D9WaQPkL1b1P3ItxYs70QRAUwDK6O8RDsC3zNU3zDLiP/PMKeKQSgRAc3ZCeJv/9z9ViTc6KxwVQOg4lUQ5QRDA8Nb23vO/E8DSb2thMjUAwIvXK/AobAFAz4Vu93u0GUBaP1JXdgMJQDImWQ4LfwxAZy3Ou1SkBUCbWJMMcpPivxJWitTPBgJAWIyDMu1x+j8nfC7qnGH4v7bBCFMR5grA2/FcTlORF8ConZPXaYogQICng1F8miNATo4CYRf82z8460C4v8ziP5On5bsWBSbA1iCYtEIZA8C7sDFLk74EQCZMfY1x2SBAG4qPfUwX7b+T9lsxQmwWQLkYo31xjxBAR1XpT1FSGUDZrWBJsff2vweozPnB5yTAqYeM/sCFCMA+PAyC6o8HQN2EgBYi0vQ/PDfg8x449L9Uub+R+CMDQN+ugWcngQ7AKf0FdOHZ4r8R8+ycMWMSQPOzeNRNvA7AMIGYD0MRA0CkJvYsBfbjP2nb1nn1pvS//DQ63dZ0C0BK6dWiCvLGP9eXDj2xXvi/kohcsfVFGEDrmRgeX2fsv7VjZsYOohdAoGL8+FJb8z9iEKRJ8jwcQEDZ/5GgaRXA+8+CHGPjEsB5sSA6cSAPwMGxH87Ojvg/SbbnkLnb/D83QXFjz1MDQDsh1ay5Pfg/q0Oxg7NnB8BhjZjXHpEVwIfIzqGrzRfACyqTR55VDUDibZ/EIAMbQKJr1r+vzBXAyojgHQsQFEDlcBwSrW3+v8Ycl7e7z/c/f8+wS82X8r8cDEOoNasnQIiuZu1tIRvA+s6dmNjQ6T9/gbcmyO/qP+br5dQfnx1AqI68Jr4H+7+nlZ6/9Jv8v9/0UjyF9BFAEtpQ3IaM7j8IUqFRQUUSwAPosnajTSTASIoI4YglJ8BP1xAW+G33v8UhtwiLYw1AqB/7x45+A0CjWLJdz4f6v2xoMh1VbaY/fawK4C2sIUCo4kjJduYNwAZP//p4MxJAi9ch23j5EcC/PwZWrLL/P146mUEwYRZAJvatFUjg6T8uknoxhSoUQF6xhby3CO6/YmLD3xEFC0Cx1z+LAioZQDEnbb8TVRVANv7B0DcAIMBZpkfqy8oXQM53+FTVeRdAD0uTZHb06j+UE/Oy1z4ZwNoAU3DZ5xFAZ84jPHIUIsD4/vSa28MJwIUDtVI+nCVAiKxjaTus4L9XfbIZo8IMQOoAFWxO1AXA0t+y8210CcB7yBAFYS0UwFm5/33VyQPAhw2t31NWAED+KUcgHngUQKichuH6WRJADTUBP+O4EECaAz3LKC0AQIfzVQrya+G/JFJFXmqKDEB8A6tdCwkTQIWIRWsgxug/wuK+ISmQIEDta7//B3gMQDnn06xnfs6/BP0ghVkZAECQYD08aj0iwLi0Xwwac9C/VO7zflpYtj+CRkmQmtQNwEIn6h069BRA1QgqdvR6EsCLKP2N/agcwObJ9xSPUA9Ag4UkMMexCUA9Nhvmgnh7PxCE623w+hvAdBaSS0nIGUCRJ2modQH3vxP3FDaY1Ne/qZ2yObK08T8T5E3tV/HxP4w9INmdcANA6KkSU273G0AFa8kgXz4NQKmP5RXN6wHAEQP2d+UtGEDU5gOm/3H7v7cFgxkMsPe/FpjFMxas7j89NB6IF7ohQDgeL9mijCDAWp8gw9iS9T8Njx32plcGwPfeA5y+pgjAE1lXaS0gE8ACu3qWP8foP/brmS8E0PY/P2ap4upw378wNFQ8NjkZQAyQ+HMToRNAdks0oWiwIcDQyAMrWsL5P4EYbAtQxAvAsZtPIkwxIEAim24WadoYwOvQAxtAVxlABRNV70DnzL9J4Zd/isAKwA67qpnCgOM/Liiy4wqT8z+KDOnlXb8GwN6qsobdmOg/XXeyqIfn2T8p2tzCLRMNQCJDW3s5hBXAutUO7J6NGEDfDY3gAIXCv2VXrV+NBQ3AGbMiNbt3DcAOFKhnlQT+P9nQGmDdjhHAYiG599xl7b8DnpRiqzTyP9+f8C2BWhPAFfjV0x4Sx78a5AqUILwNQN+rEFeX2ghAbMxbzOrQD8B2GHdyR5IOQEhvw+maURLA7bMB0Oe98r+yCJ/wJvn6Pye5FxDQ+wxAXgVIKWT9879GmLWOf5v2P1XFQ6sTchrA6UmtTDo39r9H7Os1OjEiQF+6KY7D8+c/c5BmssIwA0Dk1FnP1+8EwPJ3/4Do9/o/fl0jigpxAEDsLt/a3if4v9Po1+96Bui/zfhDqeYC5r+lXTVt2W0LwEQKVwphFxbATNE7kVRdC8BZaUK8ZtMWwCcO+oil3SBAec4e6lbHFsB/0NuP3skSQCrBzU214BnAauX69T0eHEAwPdvxaZ4XwNjNKnpOjxBAuK5FeI34GMDXeh8XpSsFQJtGVoMerwnAzWsmu4Xn4j+tGkUMX6n1P2AqZugW7g5AN5+nMI37+j/mb/UfjWoAQGi7xyw2iBHA6YAiZpRu9D+BFKEKXe4QwEAbB8My8/k/WRkLmiKFE0BMb6mXGin9PxUBOI+oeew/2gKrL9pG9D/psq5VOhQMQEoFLH9QshhAcAIpSPeXIEC0md6lnZgSwKR4ELEDMBFACVOjnS0UJ8Cyd9VyrdsRQMqLb3w9uBvAev77mL1/7r+iucuhVe/+P3hDUDsZh/C/ZXP/r/J8E8CqAtSCjOcDQGWcqMifvfS/2PMRNob70r8JQMyn2+oJQCCB/nYgmSDAc8Ocu3hhFsCgWiT9tfIaQBYXpGz8dPU/ZiOkp6pZJkCO3Q4WXTgYQLMgDAw9xRhAloTkT5FfGsCf4UPRVg0KQDqb1NCb5xdAESZ5BO5PIMB/ii0MsjwPwBvM0RhZKA/AXR+Tsjd6AUBUZm8u+P/fvwL0IVK4jf2/HxAA6nNy8D/HaBZ9LOj4P/XoPXueiiZAib/SDQUvJsAG1vb5LL0YQCdsnBWoIdS/A0Y2oV1n1j8CzQbD/8ERQKWJo66sbBdArq5EhGSvFsClZ0AfO44pQGMnRqM/r9c/T8TLC19aBUA4RyIgk+IMwFC9dum32gnA2lS40nck5j93soyP8Fb4P1WqI0vHKAtAUlV2l9Hd/j/LG7eXb4gKQESAZ+RDox3AT3xTN5zkAsChSuCo9fbTv/pO7bcymBBAgduYVe2zC0CYS9WlmGUBQHB34XfnmAhA6akZ/3XzAkBYZ1W3lpEUwFxM2mX2Nw7Aw58aRk27BEAjYkh2XxEFQGPXVmnO0QnA/NopgTPt6j/A7kAT+IwpQAaQhNhVGQDAUhDNAOWY1r9ejWcDgUISwBlUODk90hpAhb2r0ITh/D9heMVDkQgewHx1bpVLfPg/vJ6vM4M26z8CxfI5sP8YQNPQiBN1kghAnmtM0OyBD0BJEmF8p9oZQC3zhveyqBBA6z+2taZS879pTwH7D+0AwES+IWShagzAyb9iJ1hNEUDTToPN5MfhP03fRELsf/u/ALj8JXuK4j/euEbaLkggQCT7fIzMYi1AiKV6JP0bCEANaeTKUeuXP0apGgMPreo/b55iErhm9j9HyJaP14IAQPz7hsY9lxHApigg4r9jCcB92TsUijYGwCBs5lTWbPg/d6CkQWtcF8DTMIn32QgWwABNR2cSvwdAW3Sf42EeEMB6AsN/ain1v55Fg8VfivK/5YltrDnNGUBbDdT5zm8YwKSiE7oToBdARfpskfV28T+F6NhddiQEQBENsWOiZQPARxMuaBUS8L9TYObUhuUHQEuckwbcFB/AXghNax1eyj+pn9MLhyseQPQcMKB42gXA7fONfq3lrb+vw7xEwnoewEIVKjMHbhXAPqhTz38oGUBcFhCJ5F3+PwfVxPqB5f2/bCXFPTcq9D9sWtCkDhgTwNh1BeycThBA5dsFj4jED8B7H1IjLoQKQA1+RhvfLPu/Vip1of/qI8B/SKW/sLUJwKUKiMXbdx3AToZ+fRCrCMB3kGNWU9cIwJv8By4CqghAGyWeZgQnxj/lyPdxG5kDwLpEMxibEg9ADsp3YBsB77+tK7E7iGDUP4SmQ80Lzg9AMKj/2L98FkCRwI3mc5wiwAIOH0zFHOo/XLNMiNqzAsAhPHI2+/MsQBXrWO70eBDAHSDAyK6jAUDVSBje4HX9P4ljW8uPRxJAjEbsHI550j+8qOACxyYFQLDTpe5rEiDAazCbwPNNCMBOcYOGMK4PwIf9hM200f4/AosspNjHHMC6bHMZFCPKPxIninerHybArGubJia8F8Asp3ZaL6MDQH9BaCjt8wLABI770hxPI0CGpgTIHlQDQCYvh0nDje+/GpU5IGgnGMCpJqz8aFQTwPMUNKIM1uE/7cPvxaH9HsBbKRIg1AEgwKyI96BJevC/SjesE9ZAy7+vvmp78P8XQPsbrJJf6QzA70qRusWU+j+8KI1mHsAGwIw6bIDByiJAed2uAMUb/79kic54N8cCwNLHi3q6dPs/3VKW+TWiGECfLKAwiGsowAC02kBBswZARl/mb7RgEMBWyEM+tLcCQO+x59R3swLAbVfP36NWBMDWlDk8HOoQwCqbk/8nogjA5EGSCqpbGEAJ88jWqm3VP2Fuai6TcgDARRxoz96uF8A5qb+0vc4AQIS75QvPQRlAhFts2zqcFMDGU0sqeUryPxx6OBPSXgZA4hiE7VEk9j89EcjTig0QQOTP+HssAbq/ohY1WEjvCsBOOlmT9O35P8IRl7jyj/e/Ym/ko3aeCcCvgyuE28Txv56axyK5r/u/IoTwk42TE8BhW13RVaYTwPZB64LMJR5A0YcOkL3aDcAECuGyz7ERwJowo0M4iAFARa9W1Cbl8r+iiB2KMmAZQBg69f/V6QHAPflwtqquH8BvGCaaVQ0iQBcOu+4Pk/M/0PdYYEQg6r865gqFhZIRwNE+08hx2RLAQ6YvoTtYEkDua7/wdc74P6nvOCl/wRrAKUjH9eGB+T/jzmbt/zMTQIQGOFZQLRhAChMAh7wA+j9yHm0iKcSxP+k5f3fcbte/q7MdgjPBIEAk9l7kdebQPzA8xOZK++k//BSDJfwMpT/LaSfSxWQXQCShJDnEwAPAFaMieTVK/78gauUWFJwDwGhCuhnJgwZAIVtuyoyeFED9lsBsXugAQM0re9XUBQzAnqJAMeAuIMCxTruImnDzv0L5cIn0sRRAZIGdxH3VCkDA3ESMgAOmvwZkmhuajv0/n7TZaV72+T9Pfdczyp8iwFrzUoo8FgZAxY53GmZyLMDM3E+GxxUEQI9dLvSSExDASum4d6DCJ8CwgtTtjmIhwHZtoL9JvChAMiWqReLYIkAK/aNH6KH0v96zEx8vLivAh7UqR5Rd/r852ceSJ+XVPxEKvAjqZB1AfY+8aaMc9z99XParEtHqv92c5XGKeRxAYjsZMVENAECw+lU1jt0CwG3HChe/fhhAGYVcNOcZ37+lQFuUZfIZwBIsXVzslx3AfP3jW9Rg+r9HXiMLkbgQwNmixT8BBfS/2HsniVix+r/tFt+SsyAVQOHrhECKKgZACACAhEOCEUDHdywkMzsXQAU9QuuIQALAswMcw/i/EsA0zvfUgpEUQN0WXP8zIRFAIHBq8zYXJEAsl4ZY9NjqP4KpeUjEfCJALzzMxBxzF8Cu7QIIuQYHwDk2qpVJFAnAMAqfUFKaHEDRKgbTwU4CQEWb6zSVug5Ac8IkGmu9G8A6TDb4HQwGwDiZ/a02TCHAXiRvifCSFcAfNDLcnMf+P1Aa1WfClfM/lqRHteaVEsCnt9jI2zMGwFlyDgBX3BXAZQO2dD4mIUAMAZKKerT7P6bE8b0A/wrA0rEcNL4C+j/evvcIjfPwP4DDH9+20BhAvBvjqHixGcBhiVZtZL21v6Ulrr2JlARAKatxHXMrGEAUbiNCIQMgQFAgxe+DhABAtQVMEBUBIEDeZodUvTvYv+zDTQJ6MQfAdG8IO+4KBkBsdZYpBgbwv9k6ynHWshHA8kmEpjIRFUCb1ictZOMQwNfPsfQylRtAjG3kvR3SIUBjTozEA0z0vzw/cCO09ijAxDeWfuHz878kOZnFUP0bQETCNsuCWCBAvKRP9Z88FUB/cFzH6FAGQKdWomh9Rua/D9A3p7gD/b+4F/jdIL/+P1Ixcj1UXRZAeYniRHma0D+o+WfB5LYSQG37fDTQ+QVAbrhWGk1V9r9R3JXOemvxv7k6jnFR9NK/mfyRWQ2bDcBcrk4RjmoaQNPZpaNKyRDAD6wYaEH4+j/lPLznHd0NwA3m97rGaRJAnhS1UxlvHkBSGA15Zxj8P/SYQxjXEfo/EuGu8KWsFkDLIfbCnY33PxhIl/S3VPQ/2DF/WOdQB0AmYdHZZewVwE4Jj3OfAQhA3A14ovp29D/a0IffUYoMQKht3ZN65AzAQp/WENjiAkB32pADtw0TwAKHEFcAxKg/GPU48CZ1BsC8xRyVYXX2vzY8KuF3xyJAkBZDOdNpH0B1V9Ioz+3vP3xNhQZ/UBdAq9ocbMKi8z8gSGICIsERwGjvO5C3pxRAAUcdiXxx/D91nduqiKgYwC/HxRT4LRLAaXmeWxDO+L+tTmrMc7L4P7t7bJWwRhlAAyCRpzG1CMADzmbZKajnv8RWXn9dg6o/2FCBrzc//L+VwnVY9okYwACQmD7+pP0/gsYrvuWDIsAjsGN15wPqv6kj/JJ1avG/nSuFt6zSxj+1lkiM0UoQQOZMfctsjRpAkQCuxmJ+DkB2qiYJHrH6P25NngHOvOa/VnoYkhp/FkCJk+9u67wRwC0AJGJdPtu/Tldv+RrDG8Aq3z4qfyoHwL/xwdCZefa/x14TmgqWJMCcLJUWxHkNQNtQZqwZYQtAVbF5gRTRFcADaE+Q8RMSwIEnSX+6iu6/nTUnZ+iWIcCX5fNgQwEoQOSHUqy1Qx5Ay9uQHx/TFkAkStNt5SP2v+krq5hdAL2/b/fjOUXuBMC+LJex4i/6v9eJbxSA3RHA3HgRWTHl4r/uTqdE31QRQDJN0+1Bpw9AGkx4ufF9078HyPLZiWIPQCDONOOLzwjAPuLU5Sxm+L+TwlOcl5ISQCfu0GqSXBNAoMwB97ceB8DZXkb1SpDuP97mDf46eCHARdAjdOgd5L+AOs53idDGv8kI2u3wxCPAWOtfjdpbAsCljz77n3EcQG7zhw3JYR7AcNdZhUNsCkDlElw3CCgJwD9UVcaOMP+/S4yLTmAcDEDicWE2pKsMwO1ibzcA+wPAzrbeO3xFGUBlijnHSfIKQOcapG84zARAOiKDUqoR/799lc2ZHdrqP0oZQuMT8xTA6tCNqVO7AcDsRlYaNxD5v3Zt/w/IGBDAinAhH82WFMCEC0RuLTIbwDlSr4iyGRXAAVblElfzAMDPdXKaINMLwMr7dxgeJwzAMPW+PmwoHUACdwifhMv1PwHyWCRadyHAF2VBm5mNGkAhqWKJ+u4aQGWuxffPFe+/tmryY0ftAUDfxsaRhfXxP98Noi2ZPBRAwVNEDjC++b9u8yL6i8EJQOY11+U+0hPAVuFnAMWhB8D/95UnPCsAwC98DP8u4cG/zArxjPF1CUDNbqHgxQCoPy0wN+pJthnA4AkTV1BN9r8jsJyog5AVwKgP25PBcQ/A27QRb/kjA0Dk5E5xmSvYP/TQ0F+IvgjASya8X5UVI8CvkPOPI9UAwG1w6YwEzum/JBVLy/VK8b/8SfKLanIJwCKrwfQCStS/tg6AwVh32L8AJXM0cPQbQCgJpF5QitS/ygv1AoMiEkBO4jCcmjYhwJlJr+z/0AhAEq1FxQzSFUA+UjddYjALQJOlyqwA0sa/f2N1WVgWBsA1DIM29D73v56GQod2svc/06gOvCcj/z9R3VpqfA4jwEl1Tw+9Vea/vy5ddpjPDUCZwhSk4zX0P6yufcaS5RVAadw3s1dfHcBN+tuo91McQIn3OTjUCxnALzusKo6iEMCnrboAwFYYQN3x88oAbwlAhMvrfdqVxr+/8O4w/6cGwCuzKsQAh/0/u/2dgfIK8L91hTrCbacAwJGUtPkBKipABx4gHPFy178LS/vTIu4JwMmb9hhKsx1A0MZGWBzDAkCt1sFEWpUYwKUu8ipx+hfAaLMxZT/2JMCe0F1BWP70P1qviO4KuhLAZUsDGv499j/X159goIf4vzQI9ZF1yx9AWACofq5XEkB8y5QcGecVwFh+S8ZxqOE/0hGKCTKRCcCxwNm+ZxEOwFpwklpSqBlAuCayY2ISFUCSMULTQpHQvzaWxp8EOwpAwyTn6+E+GMBvVaPxsWH3vzBxWWqbMCrA9epXZ3zrAkDD0d5FVxvVvxkqoNvL1QDAXAK4xR3WEMAn9YvDrk4GQGorVucU2fC/vGXhN/DNxz/k7Jfbk0saQNCOnQg5ufc/tgLQVQL5IMBn/EgqvFskQOA41FoR8cW/itPzqbC0JMAkdkdyd2YPwNaMiRVsEvG/VqiG7nd8FMAl8NvbKPO+v80hZnHL5SHALD/Z8zn1/r+uGXXG2qT6v/oJ4Fue9QvANFx8lKc46L+XoVJLnOsIwOI0joBBmxzA0YNd7oNKFkD/rXuQkrEVQEC/3N25fRBABLi0O0+NB0CO6jxYGrseQCRFNxPIIAHA7jLe7bpS6b/9AlCxWJsLQEs6Zxi64hLAN4ujsLn7B8B1++WIE5MTwDP83EYxwwfA1pWjdojs2b+UIiaFSMEWQNoMVm6FOAjASxMz6ncwA8D54O99VhYYwEwHtGFRqsK/DxMz9UC9IsAWh/53+uMBwKPW55BL7hRAK9204+k6AEDZt9fJ6V0UwIzZ7lrIPvC/1yXjJYNhAkB3SlQR29gCwOpqU51PJPU/JQK5VM4bEcCRRPO6RJT1v/mEajdIAPY/Bsy7BqewC0DIsvCIqKLwP7v7qcGII+O/ExAtnYinF0AR1RjkCHQSwNcPpdFIkQvAL3gKERAjAcDbU8bBAn8RQCnVTCY5miDACKvjH2uJBEBW1z8j+VEawHkAYau5V9O/0hSM4kJ797/BfegpykTMvxJGISNdmg5ALaivMD/n+r/aViclgd/PP5skWiL9pBDAnFhYk2ViAcCzWRIYNOgUwF73SbC0HwZAvGY90csU5r/QhlSePpkFwC0bfNINQgPAfFLdZ7KeFUAN8IbxP/4ZwEEfmypwqg7Asf3vvBYhGUAwY+uWNMTBv1W1ROUPGhRACapWIjOEBEBk3iOm2gT2v/7Tz69zUhHAloU1sYRhJkBmpBzwAh8NQLv7SU7S9Oi/y6SOjzWH8r8QuHhw+wADQKIsZIWxvhDA8HUQRTq7BsB4i6SbckQAwHkAlWks4wlAD76klAHzE0CKdqb77xHlPy2xmcLR8QtANe/hkBxQEcCIRv0Zjo4XQM3XjiJuawLAzaE6xtrW3b93HMhm29kCwOvhii9jmRFAK5NTh6UiA8CAm/4/huruv/vewmwsTxhAEEds0CMCAUAWR0IlCF0UwGGhE16xGxpALos/4DENA0CrYqQlzXHyvx9rOycgub2/UZaKo0iZ/7+Ib1A3PYYhQFFG+9yN6hvAfpkEzO9oyL9E/vyKdjgCwB2uOC2zMwDAzuQaINdbFsC84+8qUpIjwPlQgRN4+gbA8gqN70Et+T8xrnGfKDsHwDFclVFVchNAifLWnrh4CECBUgj4ZOMQwE0t/ccdQPE/Mcbcg2AME8AQrZTppa4AQLZAgYDfrK8/ChWbjglfxz+SRJM4/LsHwMjCd7Magfu/r/S8Lgt98z+0hlkfaW8RQMtW+Df92vm/sWNl0IzMD8BnSzfJ3h8JQPVYgZCLKvg/FDweMameFkD31B8qdygZQLoJllZIwBfAFzbf51ZGEsAGJxKMVfUFwNyy76RJSwnANiVKtAdXAcBVxJTi6ssQwKKNdv8L1/Y/a061KhGzG8AStV3aPN35vznT1cT1UeO/gHZa4ahRGsBY89lMn5AiwAC3SOgo4wPAqApQ+lvd4L/DSp/7x60VQKO/KS/MHg1AiYCp3hFk6b+VKVobAjntv2tE4WXbevO/3HAR+kEIKUDUH/Me7jgQQC9GEc1S8iNAsuB3jjfP879uu++NL3ANwASU5cJ8ahhAUdfZfEJPEUBVpXsj7/HJv3Oqyyi11hzA8ncGPIKd9T+4i/eSQBoRwLYtidNCCyhALi2jefZ/AEAhpatPX4v7P2RUfoOjNTNAaH50fpxME8BPdI5RuTgKQDTCsY6KQRNAs0ToAmjR37/1xXVg2cQdQIhcJYxduNI/yIiJHflH4T8nbTMokJkTQMiIS+fN1uc/Lw/QcWtGHMBxOT1ZyLEaQGXktM6L7de/SKD4UYY+HcDIgoBZtuXzv/Vh/jAPHRdAiVIwSswh6T9CjsclrP0OQFGziFMuQAfAkQQqh/GwHEAC1wmmIRT2P2xYZvKLzhNAgFaZFB53BMAMjqMdu7gZwPjXjdFeWPY/cq0thA6ZCMD+I/28By71v56lNSmQvCJATgteOV/rC8At38puRMP2v3M4CprtehDAENk0QHMh6r8x3VnjA4EVwC9yGWYWYhFAt2taSbGhEUDAX9kGJ84ewEP6RoOlUBnAmo7nBf20A8Ao4lMo3HroP+t2YdPjuR1AbSEkdGxQGUBukACpA7sWwNNegE14exJARCqkKkM0/z80vZSmYyQGQP8nMbGOth9AypPTyzFjB0Bn+xUXa1sawCzWivBFGRJAKcYuoWDPFEAGqQ7R23UcQC/jrv8u1hHAJcNhnMElAsD34LzxrQb4v7gy5sVqId2/M5P0FqrmDsAWk4VdxhsFQPlBMjnVGh1A8Swh4w/KGMDVE6l3chDJPxgKiDmMo/2/XZNC26EG+j+PXLZShW/lP5734963sLA/Wk5SjqzMAkB6mnAwAUkVQCTi2MLyo/Y/e6c9P9g9EkCmCPWMzucZwAX40tXNyl0/b2gH0C288b8RmtmJ68UIQFtAzVKadPg/7MM8lTiMAEAqFWvAt9cWQNITyhLyweE/7T85CPRKFsC+df4tctToP9DLetNLPBdAeFLY5U+AEkCvMjRmHEUHwMfjmHoEexXASfj2kIsz67+xIDEkCxYZQJL1pJnZ9wJAkIPQr3O/+r/fmv3uHFbtP4yznPPxXvG/VJ5J06UeKUDNmbSr9YrYv7l9P7zzCOM/0GTKzrIY+b9ejDy/bxDyPykReRyi7BlAaPG4SWIE8L9nJI/u86/8v4RmVohXpQfAYKfAnSYLDMA1v08zMX8HwCE0KKnIAdi/Q3UhFmKa8r97zTglcI8DwNnIA27lVfC/awPBDdZREcCVBpAd1UECwM+jcwVvuBfALyhevOLRCkDRqH7rgUH0v2Hkn58Xif2/RTjnMa+1DUB65YgzQH8pwOTR6eF/G+K/u9XAXNifB8DbDypM4toMwKAbKKY+nRRAqdmNRj5MFcC+ymVOl/wIwKwj42MtFA9AbF9K0TIH+z/6N5+h2K3vP3shfgKOz5M/Y9tAPqTu3L8Tnlo+dzMBwKCwy66EBA1A+2cqRCrZDsCtkbqAJ8brvwB6xOTEkgdAPAS6JeAwEUCjMaVvp3fpv2eVVd3WOBtAO00C3R44C8Dq9hPPnCYXQKCTqe09GAZAsE1XIH9bG0CkuT8w2lkUwLc0eNs/3w1AJ0NrJvI9B0BveWu+fIgfwEoKObplie6/fdzuSS4KJMDv33boHykLQBKXT8s/jxtA9E2YBqfzF8DaMo+Z2qTGvyLhq1aVIBjA7UZL07whE0Dz4qs+R3kVwE8U+PW6YxbAES21eHk/BMDUyVox6LQbQC/i5O4DMgvAgHglKhqc9j9ueHiZYbr7v5n7HQrxJRVAqCeInQ1w4z8Lw5FouiANQG+LWIErhAVARuvsUvbY9T86xQHmduMYwKZFMahfxwDAc+KehGNs4j8XZWn+6wGsP6nlNCMlneO/Vt4j8w3hHUDyyX1nhhwBQGO529pciBDAf4CNBe+PHcAJhE5MqCwUwN8NcLWWVRPAjSYVbpj4AMAd6hcpKIcSQMcwkifz2+a/YCUCLMOI+z8OyNaVD18UwHRIEwMHKf+/wSIf8E2kAkC8wcg3JbcZwHEOFmQ4Qvs/Nz32xXjzF8CGnhU5eY8TQETb+zwV5s0/l//yoMA0GkBfDfWDY+sHwPt7wBK/YRDAvyXzTtcMAkCpl4Dv5AsAwO8AuCX4dfW/bdvHwmU2BUCAZd/8SLYRwK6XkDeVUv4/06Qqf7PZE8BU3w4tHhoWwOZsPFKHw/o/Aq/adPIbFcBsToXp7MYswDRZUBLUNQNAKCl3Hl1PF0DVP+m9kcfrv47i8IR3JOS/zPpqEx1NCsDfQqboaC4cwBC1FN7DQwXAc5YfTVg3CkDSBvkUMhEmwDunuqPdCC9AwXiMS0hXFkBBrjXSeyL9P08TxeJpYxzArEl+q7HGIECeoLeqep4IQILa4/RiOro/3tiYDDLz+r8UTRI32/gAwLwzpQ7vEAPATAtb7trH6r+Zl9qYmQkVwEG/F+UrkgpAQdOsLYDVNcAcixSOIPsbwJeHDEaEGQTAsUDSXINKJ0BT398dxKkNwPI08hSB4wLAoetYidb20z8xXA17TM/nP0mdgIZc8hzAaBnOuM9DCkAfqGQs99skQKmtL7J8kxDA3rZR94yO8L89LiJCLUEMQLOgkS96vBvAPrxn/GRu8z8zudTs6jwRQHrI/0Opvv0/WBityWhDE0DslWv5c3YMQM3r5kg9ZgPAK127IpYv9D/GL1uXUzwFQDHImVaeC/o/qjfOGRq96D9bSDPo/sPpv6f0117fVw9AB7GHbWjY+b9ZBeTIHZ/wP9JdREiv2gvAj1MBBaY14b/Js7LmXj8PQEDB5HMNgQzAxUj2brVa37/1TeVjo2UCQCdFhRLQnhPAqx+vb6aL1L90OVysfjLoP4C/odi3+QTAyzW+piyK9r/UfkWXUfUfQN4RXNDcFgzAiiJW5umMAkCFzYuIttgBwIyXdcP9mxRAuhqaNOnQ/j/P6dQrn9MAQOZbYNc4J/U/5+Tmc4dO8D9KYZUgNd4RwFEqTEgroQrAgWtUHchBB8Ag2lQMok/evy5yPy+CaA1AhKKG0LEmA0D4yNDidI7nP7Rp0/uCmBHA6UCMzXtE77+/mDwsvlIQQJIuhGW2eBBAHO6MPa+9CUC2cHIuSdoAQEEdzGSwwApAwKCBNTWaDEC8gH9ZlUcTQC9hz3N4aBPAuNbLKvt+B0DFGlHrPFvivw1H77IvahLAOjCKzGM5DUDJM16KhnkRwMTXxu9GkhRAWp1q1pGp/j/xaXNucTP0P5pwzr4XIhNAAuPZCJOrGMCHZN5QD2ffvzj/E9Q2DhTAdrxB8t1k/7/gkpTwD5ADQGjcBIq3wgBA6gG7M20wH8DAvP5RlfzsP2c/ZSD94xDAUAvxOL4p9j/MyuEKso8QQE3TV7QQuQnAJFzkQfVkG0CPrKqPhTERQDmjCO79TwjAXFIQArUPEsAFNzU4XSIGQIhOAfbLCtm/tpvGNUTZ7z+J2XE91Kbhv0EdX3OhqBjAb3C6X4YKGsC+XRi3mi8QwKRHROg1LOY/hKtzLvUaIEANoI2iHq4cQGev3PNcD/m/3E2DNVGhDkCJW94/GikGwBWdad6fQxhAolkp6zYDxj+sr7NCjFzov0tqa3nVWfA/sVV1vn6Q0z/JB8K/mU/zvz52IwGfgglAlgtV/nyLC8BMR7yL/130P9UNunXxZhLAjm6WNNMO8L+6xNC3KR4DQM6ir/4/BCBAXWUbRN+nHsCOSwfqoWLvP0eI8lUunQBAoEWnKjeZ8T/0QnQDtosWwDfU9gLpuhfAnDrBiiefJECJ67AMmC8gQABQQpQbre6/1CTGAy+xF0CCQCvixy0SwGQUDyulrRxACh8CxTjyEEAF26p8JQvfv6UvgoK/zPy/JBSSihS/5D9cLc8NnP8IQLv32ehj2Q9Aa7zk64HFCMCQGX5FgOAYwDjQR5iNJfI/rmpvsEoOAcCfTxrLGO3zPwgELr3UmxDANRZetsMcKkCafM+F5XcHwMOXtLDoayPA8zCW2XKt+L8G/mq5GFkawJYLhTAPzhZAouVdupoZEUDY1iMzspryv3NR3OzgZAlAcqrHq2Y3BcC/Fm3qELgFQIvBF6i5J+U/ZnXHHSE0AEClCpmVJZAXQHbZ82f/a+8/0iiD5L2REsAjrHh92RQEQICZwoi36ChAh/GSn1KZIkBX+/k/oRMEQOSVMcMc9xrA4IV/h8sN2j+IPws3TifSP9Bm+iphAwrA/2249KChBMAdlZ84uUYYwNiCZ0/VzwBAGbo1hsST8L/VvOLrRI2PPwIASZlwJiFA7Mo4jShm5T/X1wnpBikiwK7G/gsJlxLAAOz6luNHA0DWE2y49TrCP7RmdAnSTL6/DmSnThgoE8C4bELT27f/v7a5s432riPAv9w5YypoF0AJEXUsgejzP2/goVOuqsM/b+b27qw5BUB7PLKMOv7xv3F4SV1RTShApaSJuCRX+D8YDDU0W+wHwFvNGVBVAOS/qa4G3vetG8BkuIjBXsXXP0apaIND8ec/F0hvoPeJ1r8gzDciGJ4LQBK/0zc9cfS/hZXMyAJFEkARypso+4IRQJebFKauKxLAzjneYcGDHsBY/k9cpYUMwEQg79bnzxvAEWhOvX3y8z8ZaJRO9YgKwK9QgEg8kfu/mDIwVn5hJEDqZ4M8QSEYQAFXhbSumBlAyi3E7jAq+D8k6nHzkazLv7/2SoeX3BJAhArdnGmm+j8u7uW10Yf/P06kj/W1b88/VQuWONhv+z8w69rMJKr9vwwVlMTdDxlAzdZXIDSvCcDdKkqdnHooQMr4w79BgQtAmLr2BeQADMCa1lyAqV0RwAwEjJRL0B9A64LC/tWUCEAIOY8fqtL2P2qMzeZGrtK/CpKMQfMfEcBrAbo3sq0kQPdL/L39bxBAat3qvt+K9b8s3v+se2kUQHwuaMo01/g/J8KGD8MyAUALlgo5YE0BQI+i4sJnnQrA+iuyE/3mDUCHpJ6S6qkLQLgzF5NLfSHAi2X2YEKJGEDjTyXnTG/9v0gk28R3lBlA3Va3uzenAcBF+4lf013cP5n0KGqSfhdAGcBpFgLh57+i1sguA8QTQOGB6NKwph5Az+e6P8Fy9D+lUvVhtqjtP374+Nwdgcq/uQX7M3Fj6D/F7ooUhaUZwEYkzTJ5ghJA1x/mvGAWCsBRheCg/OMaQD0Aq+TF+S2/aN+DnuCXxL+U4D7oyN0ZQERde7gdmPU/iVfl4GqY7j9odnHFlqIEQNyT92KpzyPAJE8Xlibj8T+waxaMD5P5v2zzbAwEECPAKcQmqARZ5T/ySFuokYMKQPR+Yib83xnA56wKJmEYHkCDrJ8yNqwPQIMMoBabIv2/7a9D6kReHEDyv4rObZ0gQCVmgLzXyBFAS2EuVe18AMCH5CI4gekDwFSYkDgQGPK/R0ZmtzvnCMAtEcv7AH23P3wluI52K8Y/LBQ7W/NtEUCeaxbMCVITQEy/bQWRGwHAYEYI/yBOCMCDxdyT0HwIQO/YGwO6ZQJAYMh3zRe6CMB2FhNYJhzHvw==", "row": 19, "shape": [1, 1, 2132]}, "rtol": 1.3e-06, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"running_var": [0.04702706262469292]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "momentum": 0.1, "num_features": 1}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [false, true]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn", "mode": "eager", "plan": {"assigned_init": {}, "checkpoint_init": {"beta": [-0.44056931138038635], "gamma": [-1.7019624710083008], "variance": [0.04702706262469292]}, "constructor_init": {}, "kwargs": {"affine": false, "momentum": 0.9, "num_features": 1}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false, true]}}], "step": 0, "summary": "BatchNorm1d(1, momentum=0.1, affine=False) on (385, 1, 2132) float32, eval, train (grad; input layouts contiguous,strided; initial values via checkpoint; MindSpore-only initial weight,bias; torch threads: default)", "torch_threads": 2}''')  # filled in by fuzz/report/repro.py


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
