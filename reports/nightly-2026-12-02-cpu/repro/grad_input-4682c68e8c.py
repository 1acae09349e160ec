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

PAYLOAD = json.loads(r'''{"atol": [0.00019775751807307759, 7.703267018697458e-05, 5505.953605994294, 0.0002303016367582107, 0.0002408677723498432, 7.97137294688158e-05], "case": {"affine": true, "bias": null, "dtype": "float16", "eps": 1e-05, "grad": true, "grad_seed": 15084, "mindspore": {"init_via": "constructor", "pass_use_batch_statistics": true}, "momentum": 0.1, "num_features": null, "omit": ["affine", "eps"], "param_dtype": "float32", "rules_off": ["train_mode"], "running_mean": null, "running_var": null, "schema": 1, "shape": [420, 6], "steps": [{"input": {"constant_channels": [1, 2, 5], "offset": -1000.0, "outlier_factor": 290.0, "outliers": 2, "scale": 100.0, "seed": 260}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_input-4682c68e8c", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "kDbIb1jkkj/U5JU8QS9IPsM3ElubnFPAV7k2PU/mXL/s5sg/JKx3P4M/E1EyQUA/aTt0n4yreL8pz+HJy15Rv471c5uYlk5A/i9mO1Ahhr8bMBLz8VB9v7mvMIzDPkW/bHJhHgUrjr9/3bKp6xpCP1OcylHgn2JAq/9rwR9tcz9HxZBpN5+Gv0z3ZyUwB1o/8cJz/gQrMr8ui2Ne83lKvy8gQK4hbYVA6a69zixLUb97GUtizB19vw/vTbjAbyy/exkeormsY7+IXgD5FHZIvy58+DcVvE/AsInOe+0Ieb/FQ3+h4E6QP3ScU1yUIkg/UxSjORRjhD/KeDhimytWv/kQZ4QLpkLAzNDC063Uez9VA2Ky7DF+v1jwdc71eEu/hUSlkjbChb/W4ZKMHKZQP6RK0hX0TV7ASikvoI3Kg7+nAR3FsrpKP1+/+ixHJCm/HilR6KyFNr9YYexUlaU2v+Th/s3ZKWrA5qE56G6Qgj/U546TRT+Tv8f0iYhbNjm/xUqIueKnkL+pB+nb/y4YP/64m0puq3rAVqk5EhM2WT//tdHPHCaFv77aDS1LHFY/BduMrLk7Y7/iFyyuF54XP5+vd5CDNVnAg40apVNrTz8/0I3eAEWRv0dMuYe66TC//Uty+rcXkj+aeVBkp4fyPo98wFtcVmBA3Wd78011cD+zC9ZNCAKNPw5mcKps+Uq/+lfqKkc0gT+4qHvtO1kvP6hoKrPbPG9A7tBsBcpIX79Kqk0Z9oh7v6PHHZ07Ak6/ON+gAXD5QL+ZSaD7LoIovyFEHCz81ELA2mn5OoM5er9ELGUQTcl3P0UO0HVOdTI/6fkIc0A7XD9hbYTlB0Q+v0t+ch/N7W5AZ4Txi7jDeD+J9UgAU3FgP7JYIvSgbCa/1Dj+zHWoiL+BSS7ReH9RP3PObIGNUHDAaOv3uWxOiz+9Cc/WyNZvv9SA2ClWoDG/0SztchXShb+UxpMuIEsrv51s557TmntA/nzSa90WfT8t/X5S4+xgP87nhyP1tlg/Dqn2lZ9URD9Mr9GoREpHP0OUFmRlsX5Ay7tM5IytgT8aVimzKqV+Px8DLJU62ko/Pyh9zgJymz/wY0qPazodv3VJ8k5LG3xATpp2O0r/YT/ykwm2z7uMv+fVSps+vxw/3QwSWygilL+ARUJFd9pYv4iAumabjWvA7uxCszrOkz+1s0gueRqDv8yX4HJ5ITg/0R51WzEUQz/tjdGajO9YP1iqYpdf30JAYdEuA83jiL89qanBb7KCP7kyBI6ZnUm/Ovy7dfJ5k79rZofrqoFFvy7u2KWwqIBAxh4HtsMMkb9e9BI3fOh4Pxt89jMNkiM/Muc5PXSHiL8uTYBtUUlOP5RuJwUsXWJAskcYWHZFMr8kP1D+v0BqvwzglKEAokU/JTv/yzoqcr82l5H4rkBTP/wXCNDrj25AYHO2EXujZL/J0gddTBlzP7iabef0kTS/+ChawUtDd79jQLOjkrVSP38+6Yop/1jAjYfYqE0wW79iycYTrSyPP+Zg1ldnPS0/t7IhQrQIeT+18/rs8BU7P3BqhocQsm3Aobzzx7wxiL9XIJo+Krx0v2B5vGha6kI/2zyGPeosa7/vlZkj32w1P8QGacKLZ3lAwvkxYFZTdD/WzTz461yYP8TaFrJgKho/QlWZzgKhXj/BdFjLyj1WP9KDv6FFxnfA2Y9U4jtNMD8xz7b/CrGHv0N7jHxCEEk/VNbJnhjjIb+0D7X+0cEQP3S4HsFccmPAuT+JJjnshj8wPJ+RvEljP0TILif/GUs/TDkuSrYPiT8Q7MBelrxBvyGbiW1JGIDAYfSkOSp9jj+JD3IC3ftxP88B+3uAilS/wIWi4K8fhT852wNvVm5Bv3+wrdVmGOG/ODflKWJ0hD+PTYepUQqHPxaiFJoUYUA/ReZbuJ3XUT9rAtRMcJpCP5oD9CHURntAAEeh3A1pdr/VFFI1lbh/vwzMK1Xz5Ua/8juZAwASeb+FRcxZj0tBvzGs+g5WN3VAsQiszRqKg7+GCbmcqLR2v6++2lyIiBG/tPpuJ1gygb/ePjmiSf5FvxXidZjX+EbAaiwuiVULTT+TjR3iM1F+P7OWDol0FVQ/0lIpmmgghz+Xw7NUvr4Sv/ebxP2gcnVA85a/4Zr1eb/myeIKDv5bP1J18XzyBUq/1gmBCSaMij+41GABrt0cv9783iwijjZAHcZKxEOliL9OW2uaiVKFv9txKxfyhUQ/pxFEZb95hb88FInFHx9Cv6bHAwB/nz5ADxTzV/vyYD/tKYo3BUJ4PzALU95LzkE/EhgBboBHQL9bBUaWmzkQP1u7f9ZmjIDA2V1qMKhHar/DmpGnCiyFP6r8YypSOyk/U0pJrenCh79HVoEV0G45P5CJLdUoxWfAREVNczPVcD9bx3WLCUmUvytDL+NivlA/imYPppaZfz++YyF91cEWP/hG9y7pjEFA96GjwiVxij+I/vnJXWyQP8vr4AFYIRE/sNuoincPUD/4kD+9So0NP4gu065ZamXAgh4j0KA7c7+nYvKDgnORP3vtV2aoFT2/kAuuzy8Igr8qGVmxYBhJv6pgylG9RnjAZbYKKZeFWz+60+F2KoxqP3RPsbHXGEY/J3UgGx46i7/hkT8Hp9ohP4ccQclvMGdA+0Q1qNLsXb92wmnMdrJSP+7FoLSsbEA/6NwrDuumh7/wmL66amxGv7tBB5bIgFZAWUsqwi3PZr/asDg4WYhrvxdHtqikMj2/3D/ptRvdhL8Cay5SQ+4SP3vlwQ/Kg4TAFHMAMJiEdj8N5sZ8WzF5v1vmcusP5Be/tOK+fjWdeT+kdsq9wvBEv/tio68D9V3AfYLWmkU0ej8MlCxxhJNmP0uJVMdR6DM/KRqHGpxOeD+MYLOByZpGv/EB03TbvWVAsJiRS+U1fD9fS2kaCJp4PzMjG4nZBlE/0HjwcMKOlT/x7DYunyNFP5iNe9eYMW3A9KNmhxnOdz/bkl5PtCWHv/HIqLtCZUG/k9CAN0BfTb9gpp9FGh1Qv5B9EQSYZ1/AELlRsvGXkD+Rq2y+buOGv9CGfy0CXjq/NiWTqQ2Ajb8JSyJYKdtBP4somrlHZ35A1M+oDndUcr/zRzhLtqtZv3Ds9Api3lM/QQK9CX+eYT/jeXGBx9NEvw4FSZEY1W5AEL/48b0OXL9xC2Wf/XJ2P41L0GS4yS+/euZWE5o2a7+OUWTqAepIv5hnhRNv9lVAsssqJduVZr9Xyp37PqJxP+Qx/WAxPTA/60R6alNygL8dHm5ay4QYv4isq1qzdVpAjC+7IRcDob+xED4hpG+evwu0Zi3N4RY/ZntTa1t/lL/8WLbvq51Av5/a69YPWv+/VEkYRVC4hz8taAfBLFB5vxMy+Q3GffQ+uEzxOM8tdz8A6dhQNQUxvxGi+r+fSDNA5od/rne5oL/YELyv7aKBP/KPcl5qhFA/ZUA/luJpjT8gDcEg7nlBv9x8crhqTnPA991cMRadc7/b6C3ux8mKP5xEQZjgXFI/HGGbwEwWRb8ehVa5BsNIP78NC7RIznXAMaJ9+mEXfr9EtKphF0NVv89jXco01EQ/XIMC0eZSkz9NQ9AGH4pbP/YlTLNlXWfAo1tuz85/ej+f+/woIRx8vwWJhgnezza/9ekzYNuFZr8buEyKynZXP8doZdoXKXjAWaftq5NTWb+E4q+eEB53P2anng+hU0I/XSDP1KlujL/GxG7HFcFEP1bQA+jS7mTA9IwI4/Y/iT+SvuFsvoiTP/IU9A4V61O/TQkwmNkBhD9Hw37a5HpAvwtyTgLydXPAwHLjxXiye7/qgrTNHnigP3/2aftM7Tc//wXpq+iHhr8zld5v+htVP0HxsPCMzmdATAxkBvGLfj8d5QHhGBaFvy1jTEBxvEe/J9h8eRFUnD9firAFwMpGP4Pr7Unzo3LAYAeZPKK5kz8sgJQVG199v/IxD+nLkRs/wVBBhml8cz/ZyQleK50zP8Ue3oP0+2hAVqFOazVPfb+Tea/6ORphvyh2WzS9hzQ/42WDXDdkeL+UJA0u9P9QP5UTa7C984FAyhOP5xQ5aj+JJyIwt36AP+K30uVe8xO/SFti60LWfL+e2FBO4Q42v4UGqj/AT4BAZ9FAbN1Tjz//I7qgATGRP8CSHjcipjG/8yNAXlnBfr8mem0zqFtHPzqdoqLnMUxABakYNM2rbr+OkDBI09iLPwz5sKKh8VE/EjVeDwVxg79F2ExoAVxLv6YD86VOUHBA1VifI+aZND+mHsmZwRSKvy96vZMUcUe/oOno1qB6ij9/zLCJb0VGP+qB0zIeOWtAcv2CdvyOZT+23+Rf9UxQv7BZdkq0gyO/LcK19JsAgL/ilGSeMtpCP4jAG3hWY4HAwBmshnJlgL9C9Q9IOTFMvwSmnmAtQj+/ip9kNs+Kg78mi29TJDFDP7nRHLRVmmRA2Tan+hGNeb+kUVM7CFOTvxATJ/wDMkC/vA7wMbo2fb92sjtwDNEzv//2HiRwzXdAdgA7GFnzhD9vXRNjezltP0ADELRlXRU/4CopG40zhb/lsvbXkIRFv9n69fANLnNAkulhYI4OQD8fexdDEelxvzMrczwxOUu/UdxF0Fb8cz8hE0AXQ6pOv5ndkJaEjVjAyJgRiBdJQD95BdUE7tp/Pxy7Np1jilG/Dpx5T34yir9RPcuVMf5RvxNm3Kz5MnjA5KEjED3+gb8X7fXESIp4P6xYv21f2h4/jXHnNIRZUr9wKeV05pokP/i1C7hfzl9AsKvjrskOhb9nm9EvxGyIv7v+gOVUUDa/jUWwKltakr9xwjHe6I1PPxKLgcjnXHDAGUwkB5+JIT/j8WOBy7Frv+kjRyBNgQ0/RPnfaNxkkb+syJNCwphRv95Dab48I3JA9EY9N81Zlj9ZJtKwFJpFP9muutCcCTG/qO5NWeBsZb8FMKUmpmNbvyOStNAc0mXA2CPl8pAYOD+7FWG81baDv0ownoII6Eq/WlSRIh2OYL8FlJ0cz0guP+eC57sScXvAoinAPJxcYr/d5okAhY5+v7FID4H+HgS/uDJPP4SYc78/JqxBGKVPP7U5/bgRcHLAlosuEbF0J7/8l8UZFUlEv4gRPa5Hi0q/0m5OI6LPcb8LsYh/GOdCvz0SRSlSZXnAueGiMb9Ohj+BiGiyz/Flv69mgTQwEUg/Xd6d2WGlUL8S+GTkORJCP9yrnjavJGVAwlU7+KCfjT+gGr/Jfj5zv0lLZTGn0jO/X15r7OMIjr/I43IPS0Yqv0VapG2MImhA9W0FNl5ZPr8hUseaBSprv2f978SfE06/BC3hymKzg78oV8Icm6Qxv2uy/jBre2BAgG0hbZNZgz8fp87viXeCPyTiveLvMTk/gE0W+hwtfL8Sgvi/vXxQv/Bm89PV1D7Ap8Qv79BwlD9qIdDbxuxovy96vZMUcUe/fPkSywa3gj9VNkSHvMpAP//TY+pygFNAF30XyZkRa7+hiWMNSUh6v0cWKCmmp1w/YpdGdxcpg78J6cxbBE4ovxQSoRXvCwNAOW0Sv5LFcr8vdBizjpNpP8NZ69ogMkO/k+il9xNAfj/46oc/ahRTvwUNF2A5xlFAj6gJF0z/eL/0hArkzcuJP9V91iRugUW/H0C4FW9Fe7/1ZvnU0zU+P0KBG4LQE1tA4iQzY1s7eb8fPAqqgcNqP8ifNSX65k8/TrTYEMODXr+IefMVgHxGP/Z8WNfES2TAf7lgfooElz9j7YCTh0aBP9qD5rQqOiQ/lLE4NieSG7/aAci/fqg8v6Sh3jlTPFvAEs2ekojccL8Uq/PNiEqJv3svnVdOYUY/ptf1jz3Ygj82gHrYlBJJvx5pFiZ1Z21AZPsHnZvseT9sbAMi0c1kP2eS3mupE1S/RduLfUnKc7+9wqh2uDPPvu8P8EDECiVAPPGMyEHxej9Jt58Mi7YkPyBhNYccgS8/xr/7Baa7lr8yrxonoElAv4MahF827Mq/bJ/hmReugr/VQ7jQV3aXP3QTdk5ArCY/c6kq3p0abz8omP9sBgZKv1j7c4vQIFjAgN2g1TC7iL+O4rFN8I+EP9yxwtcyAiK/RP0FVe31lj/MmboEDC82P0N6JB1dgWlA/Bg3v7QQf7/vZHgOLntuv8GPHDI6h0W/hDj9mgrVjb96d/ebXUQsvwtKblzXXWhAuOhX2X5tYD+Gyhfezw4yv5msSupAZDs/qRAd5d6bfL9ImcKgSh8xvxuh9OgbhTjAy2e0M6S+d79kyJ9KAhVjP7UpBA+Dj+M+IquCveQkkz9h1Dd8BVFDP+/8WJUHx2nAQVcQagjijb/Ky6xS0R1/vx/H8DGjbSs/61yyHTFraD/MptCYhl9JP7cGNQo7LBhASMQKz5vYlz+h79QbvWh4PzBuDITqmzE/SYv/iOSOeD+3SSbp2fEnPyGPeUbw43JAXYzSzdiae78jR17pidJ+vwp5f564xDc/mJXjI3wNgz9wZ8hliMswP8qTQkU72UZAZdS+WoMAkT/udSlc5mt0P0OAPDD/NkS/JvVLbTTKgD9COWHqSJ9JP1zJtmnMs11ArxDMfnJ2kL9H4fYoOgiQP9oQIKK4hxA/ORQM9arFfb8/SLCBEFBHPwdqmZjxkGTArGRJPYHWhj8TDzSfCaRwP4xpn5x9dDY/hUwnOHo7bD/rLMkNdmNTPxhLaRXXTEfAy+ssItMEdb/psVJhH46Qv0wR23272lW/NkbX1ZdWab8/mv8abd4HP+us7mJlP1nAx6yzowSic7+yQ4IaycyXP51MmUs4j0y/PjqKS+sEbL97+FDgt1YrvyAiyu6p61PAXI2Rn1Psfr+Np40FTNNsv4WheKC99zI/pyZlEstldT8NW9cIl68pv205iHtKUX7AvnUGtd+oib/wXxpz5ReVv7G6gUF+STS/g4di5VlyM79pnsvHlugqv4PSZP+V13JAwuZ7XLdtgr9/ScrY7JGQPwZXrs3OuRG/hdnQM3oWXD9JsQqskcoxP0KyxBrgSHXA3HRCClmBjj/A16/LnWuTv+y33mtLbkq/HKqWc2cHgD+d0LwO98LpPtO8HQ8qHX5Aqbi8UZnWjL96NiDIYip9P91w18Debkc/zAHwwalMZD/yl0ysk5EzP63FGUjlSHBAtDEyDR8Llr+ldptGJXmRP4imK1VRi1C/oMMtd8/9iL/XIGKrweAaPw0phbBbm3FAuCuBWQ40h7/5/06hbWxnP8ZvBdfZYlO/MJkbNIiRmT9j+N61AVRUP4Htv0JJa31Ae5FVj7k3Zz+jvy02Fs8zP68IeEJOajO/LSR/QW31VD9YFvPPeERHP6Q+kNOu7DxAZhNa6HJvdb9s4Lu/z4x5v8oatHRPgDw/qIwPUck8gj+rgK/FgGpOv5tWUBUkuoTAjgH2ZjvtYL/6LesorkA8v+CFmmWtGzg/tbeG3P93eb8nVJ2FD6VAP8wBbIC/PQ5A+z9idlTkgL/rsbRUKrFkP6nwrJbpxEG/zCPBVmYpND85Zk6wn7FCP1lusUvfR2NAtv00XAdJTb+w4ObJmyNWv4QrqgQlhUG/vxzw1PB0f79S/yz8fcsVP3MNWVc61mJATEhrRjMrdb9BzYCX7IAgP7m1N1aihRG/Y9TVZdIwcT+F0Bab2I5CPyQ7/R90D25AMNhU/GTOEL9eEtgsN+GBv8VsANEa10Q/+DoXLqhGfL+LTIzKwcU5P3sos4k8sE9A/Uua5FNpmj8LJxcoMgZtvzhC6pWjVgk/8642i6mbdb+rddI0U7pFP9OpIi2Vf1pAI71x4IlHRT9Z5AsPEnWRPxBEqB3QmBq/uoJWEW0icD8TEguSlhc8v161OjcdYH7A8845cjCvWr/+jhY/pzp9v22I4QwCIFI/85TLpsJZez/taSphkOxHP/iUzZgt4HPAzTbkqg83jj919ri4STd8PwhlE1HUm1Y/NzHAELDWiD+IXgD5FHZIv1dGfDIOBHNAGWOBep22WT/rIP1M2IedPz7bN5cMRCa/kag1oJRXd79la6DIWY4oP8J2/jBIInbA3HTArrhMnL/sPSbrM5NdP+aBpBGt0lA/xOABTAg2fj8Prt1t9ItFP7JRHXKYFWpAiUYiiIKOgL90fX5yb1CAPwyj/2MXfSe/3v43/shZdz+ClGytg94gP7ykFzdJenXADgG5yAQkYj/a1R60Q3xYv6XHI6MKaww/CM1H//LjcL+eEw+o9z9Bv/mCI1/UU1/AGp3tyIgSl7/uWnKKXQVCvy31OOKSnVE/Tse6g1Jehj8kI9Ao6KQ3P5FWskPDyHJA6APfjqdWeb/TBphn0PZtv98+/8WXvFC/kLXR5cPFeT901eaGGYhJP/tWYW2+kzxA7+Jf4Ehsjb+7FBzfFfZjP6I1kYSl1SI/AAUW4/e+W79fo2of3lA6Px1SFqAaI4HAN2GNsjtRiL9znPHFTTdrP/i8/a3GaUA/S6T2npCsg7/0phXJwuZEP3hb2afrgH9AaijEAKAQnb9l3BfojLaNPwjO0wEaFEG/6V8Uqf3FRj8iC4gdofk2v6soKlQ6f2xAyXXMhW5VdL/x1F/MlYx4P7ooAS1E0EI/tgES+dAFaz/W5W6JbX5EP2ilJFtNy3pAgc9vODppkj+JXj7R9r5qvwAqI786OCC/mrE5WhXcdD9ZVNbAGnVDv/CEb29kP4FAsN4Gug8rgj/tcagO8BJ4P7CD9pGjA0C/3NobdrrVbD/AuEAtWvpbv7xi8NZvBnDAYjabatsPYD82wO7P7+GIvx5oQnXZV+0+UjtT6Hn7hb+0e+vOcChAP7lKexUHcmDARZ7xhkIVk791tu0OpbRlPxzZpUudgEm/CW+aQiiST7/vmTDJQUcpv5eADl7MwmVAR4tqVl9yR7+FJ1ifYqxQPyW660nVuTu/bmz3Hz45Wj9/8FfDa0hXP/eDpK/uCVtA1hBy7X+viD+5J9swYgV2v1wT+7slJDI/fs/pEfkEk78WP+xivHIsv0kZOxJAAXBABoczLDTFij8yAJgSd4lxPzFQPUwl8Sq/jsEYy3Jwgb+uBC6hZnwuvwFBpnqT+mbArMLGL8klc7/S0krVrglXPyPubvIZB0+/F16TUDQQdL/93eswV4hTv1GNHoNsKHLADAEUrQ2ag79CYE9B2Il2Pw8Py55aIkI/Lu+QHpAfgL/RauXtwsYjv8Q+XjPFWmpAdGzWjiccjT/B1qa0RYWKvzs6kt4qlVW/u1NVORc3gD8CUpnX7UFOv0MjGPn9kmxAeApbGS/3iT/488VgYldsvyf73ORn7kc/2mzVbrp3cj8AKHOnnA5QvxWQ7/2DKoHAcWYxn3TgRT97np5ucFOQvyW4PZsAsky/D+ymZFVDeT+Sn8ddmEhZvyVa1g12tDpAf4NVgHCuQT8j8xJgb8r/vtREnca+M0I/Lv/+6yk3gr83LclZ1gBCP98uhPq2qHpAgKojF9XnaD9FMiVWfA1vP9gNGBmSx0I/PqQ+kdVrkb8OaEKDsKoxPyOIguF8UXHAdjb+DMUwhL/40xv7NmmGvyOceZrEVkG/dTpvD9lmhT80vuNDz54xv368wTaDCm5AQwP5mRYHST8JIH6oy02IPzeenNkFDUA/JpueJZTxhz9jNqLufWAPvyUUMZh58lXAp8wByXd9hT+KeJ4VdO+Pvz/LKqiolxW/+eU3njDseD9f5quqWAEyv2WmOORBA2vAqbtuFDHedD8NmydpFGJYv+uWardS7EM/msPlEeKfiz+phCHMGmtDP/DV7Sr7/oHArIOMbzESj7993jbe0HxIv0mrn1CTWPq+AM4wjCxUlT8tt1ib2lVEPwHQpw8s3HTAVJt8B8s2gj8c+yYc6d16P6mis5RCN1C/mwHKlkfelb8uiD7HZ3o5P6+wNIRfznhAsNcRLHWCJr++SAyhP85nPyayk5Z9h1G/SGxDjcebdz8Lb8mRJd5SPy3zhAtFCU7AeEyjdrKHcD+kLvRS9nNzv/3dd2RtxTu/OMpBrlCcb7/KZsTNDAYPP7nkF5bqN3jA1WOufnOJiT809efG3SJ6P3c7mdmetOO++4c9DGp+fj8n7enuEZg7vy91bprHp3lAIw11qyrOcr8hKsEQ3Aeav8xNQ857o1Q/AowWVIlBeb+lThYnBZr3PiyUMNo2d1DAsLqLlQCoez/vaGrnd3Jmv7ZLHY5jgEO/V6ItMm0LbT+ln78C56Ysv2AE5/ldWFTAJNtFKixWJ7+gjwjXVEGJv/YyxsUgOyC/g3Kt1uEwhr8yhV7tBe4wv/EUzlZwW3nA1z6iMQfYPr/gRO5xO92NPzMNBI73QlO/XdmcqgTwhr+Hn8PDGDNNP/AIytlOUFdAt7a1ZV8XlT/UCe5QdtqVP+8uB2Cl0U0/hRI5wuNUZb8cSPVl7DlUP3Dtg5+HiFlASBpuWaOkkT9pTzOZBoB0P1FHFdhZdj+/96NI3/K9cT/ZTvpH6IkmvwvHcERgh1zAhBv8L6hKkT+o32xM/ZBpP60aM+CGHkM/B6ByPQP5cj84sXz9+UMtP8sKt8T7035AoKmV1lEwfT/+0BU9GTZUPwPpNyZW3Ri/hWWmmXcWRb/BaiJ37Q4Uvxw+poJ3NVpA5a6ICYyaez9sL6hPEmB2v/HlwBKS10m/EoNokvK5dT8+1Hxg4TpQP/yGNEL95nXANnUQWLCqlT/Y/e9RiHFHP6npTjRYljc/EU9+tVGhdj94NX0FWTksP9C9MZgeVW7AXPUPt67YhT/emTOO5DpivwuCi68e+zC/+P/fRICRh7+we6YRR7UXP2JiP/bmBGhAa/NRlSEPgz/Ilr7F7QKAv1O24heFOjY/7yq1vTcbeb/YscFS5PEyv4WvnRthYYNApYpSAUgNYT+5tRTuyCx1P9eosMQe8kM/0LHmVJ4cZ78+TQ4c6c9CvwTuqjldn3BAFUTT5imKg78Cq7EkcK6QvzUMsDfkK1a/QZ+M6ddchz+bKU9E6/suv9kdsSoLe2fA8NwrR6YydD/sTyg0C5d3P69k04VbCTk/3pnTUhd7gr/4U97Pa3kxPyCznXyYlHzAaBv4ArIXK78DNlmTo16GvzrzmTjxtU6/9PXpCxQakj/zYHrefgUxP16I+JrJZnDAQ9ISJ2MCfj/PUHT/TYh2v+TQlGND9z8/pNvrmrT6eb9RojWaMb5HP5piYDx97mHATh19enHlfz+ZgsA5OuFxPxGhXTsv8C4/IZYi564me7/zShokKrApPxlUYQrOkTJAw3uybbH3T79MumEYKN5Dv323Jg+PwDq/hx8OeXhLiL+GM1grPJsyP5vjc3ID6HlAb01VKyefZz/8c8cKSzFxP5FGgztexCU/S0hg44hmOj/pQgkQpZQJv8rNtNA/K3BACKA4D92Qfj8TgzpyWRyGv/zLvEjF2Cg/HOvfU2FlfT9+0Q4kSMVBv/s7RO8uVnFAFMXat/lNib96f/avRr+BP/A7b1BF3yE/uX9Rwgq8a78pbwoo4k8yP8lXPIYEFmLAKhnT8b2+gT9EuClo5Pecv63WP0AMy0q/cqd2UpcWYz8E+mUEn0vgvpNECApqPG7Av3gNgnwdcj9FKrzaSTRlv4sc/fHAajQ/TA516i2AhD+hHLM12G8vv3kLMUVRZkJAdBpqDsnJbT/9tuXaBj9wv2A3d3e0njm//LiHrnCDf7/wY0qPazodv96eGWlzY3fAa2Fb1Gh0Y78+nvxjNCyivxi62cE6ZRC/ya4PpeFKhD9CKF/KzMlNP6yxSA1UBmnAgf9sMM6dab97y3+mGel3v0p0kSKDO0M/GT+ES6iikL/5Yxn7cak1v9QhGJKb83DAOj/AXUvKfz/gegD9Ef2Hv8GPHDI6h0W/LRYuYoVDcL80tamspUZSvysSCYaQgmVASagqLwWzfj/8Ai6CU0U/v+zIRbNwCz0/qUHlbiKch7+fSW9nNfEwP8LgEeFz14HAICpe0hN6iL8hSjB7wkyPPy8nEdm4wA6/0TP7N1/Pgj/kZjZe/n0+v2988vtF6DJA7gNlkiU+jb9vZ1Ejozh0v1PyHXscp0W/RMzI6g1efb9xQDHDeW8yvz4R3CynAWTAkeFnMHZIV78naJFpCNpyP9pXuL5msjg/yPdQyHqqLj8rsckV1VhSP2Ccsey/k35A2teKJOGohb/N1qYGWC9nPyN4ptq/NS8/tO2qaOxCab8ab0exDJgyv54HWnizBUdA3NJiNLiPhT/ZGfH5Es2DvzeG162+eRa/XyjLQvlFfj86uJ1J/D8DP3dNAzJ0rlJAtc+0E5IRgb8N/AbxfDJ6P/IB31XCGge/gJq7arMLgb+dqTZ6bjNLv0sBcDdExEpAp+3jg63hgz8f7qJy+7kpv31o1rX9rkm/wPJBVRTher/YHvTfNi9FP77iXEsnRjNAW29qsykjWL8PQFVTgFKFv7B36HtVrio/VmeSfDZ4dr9Fx0pIhYZPv+sRPsRhfl5A1uTySt97h78NnVmoUol6Pxsb6zxDzDI/9bLkhc3Flz/QfJ5zBHVSv0OVi59zAYLA8J61EuZ2hD8s+WuYWcx3P32syVV4AkI/FgHbl48yfb+wbZTAGK5Bv8qGaARJ7HNA9RtaXTPHjT+hiAS6s5iQP/aQzLYrdVK/d4yEqhERgD9jhk6O1pZWv3UvAAhD62ZAA+e6PIsRYr/jwqHQqcZmv41a5gMt3zK/52Q//kCYcD+hze1CGwNBv23noMMILnjA/qKITgkOWb/0R6ZmOOhGv1sH5yGZLUu/nErOeOREOj/235ofjJdFPxo7Cttc8obAzZ69XQY8lr+DSf0qhhWVv3JnJee5jOY+Y16t/xqdhT9zXfwHYnQdv4FEzGaoWXpAtE3I5uFBab8GASd9ROJ+P1Q8ux8aJVk/nKrfcNU5hL+HTnDnb3svv5MZafmVpSHAuG8THOMEf78MokQZ8QB/Pwe7YQX87k+//sPPd12Xir9I2v/wtYBJvwQhez55x2pATh1ohBZGbb++IwcEct14P/HIqLtCZUG/9+LcYTl4hr8Ts7WNNLA0v4fdVPPCqnTA20dA+C/7SD8kJe5sot2Ev/qitO+sxvS+MBM+qupGhT+4IOxMxz1QPwgMlg8fEFbAk/FtdkKgZz+OOagjPUN8vwBqXfvn+zo/96eSvj+Cjz+35HaN6zMivw1jTBrrVV1AfLeDx24pjL+IKg/jSz5jP9J+KnuBmEK/op1WqNWXfb/711yrUYtBv6eNz87JZmdAjB9R0L9ijj+PHBgtc36Bv1C+N8oFAE4/FUY7dAPGfb8mtSuNvowyP5H6gLNGD39ALDaddVCScj8KyPWRqzo+P/BolBRoNk6/ZQ/Y24LkZT8zfsdP4O1Kv4gLGHVcHXFA9+gMfzlceL841pB3c6aAv+SD8riG7T0/eC2PYbJTgz/mApNOdGNQP+KQgBJDannA+/taH7/3gz8TZWJ+xqd5PzqyCyjBojM/q+RGnxEARD+vwn5CJEAzvx22m+d9qXDAl6vFwLVTTz/IN+JYKAhxP3kciGFUvES/zNoQL3zvaz8diHtQksI5v+vULyZurIRAvMQEotTMaT98tyKe8BKTP08poyhJE0W/KbC8SRo7dT+PwbsO4CZMv0WkaYnTpTbAxvg66fg7h78dUhmQDukXv6u/zuxoFku/nNEkGkSVlr8+x1Y9tj1IPxtvTxuHanTAj8UcrIGRob/oMvOftHJpP3LViblsA1m/bSGaq575RD/AjpSCcGtBv27mN8ddymLAOLM+qHV9dT+spS8Xnn57v2ECmnauYDS/JTqkb1SKe78VJ/k9FJJAv/blx94LTCPA+760rr4PN78fATlHKCBWPybLUpH6Vk4/Qs0SnYvzgz8dFv2PiPS5PrqMonXg5WXAEFzKn2k+cj/zvjXRHPxyPxoi7Jiwek0/vpkE9Am8k7+GUxPZNvlaPyBhtsRWcXbAxBvaP0ZqUD9UayS0ewmBP8eEyHuoD1Q/XyOM2dwFhj/u2YGFbilLP4ZHaKPuX4DAhsYsSsnmeL/gUwWdnJSMv6GqAkUVI1O/TmH3ouvXhD/ccR/kXOU/v/Fr2nrPSXbAufsH97tsgL8Rn8ln3iiHP63WP0AMy0q/sc9YSSGMaT+h4E0FrTIWv5pc3n3s6IBAHsSZz1gxiL+qzkyDkkBqvwlOqP/ewFu/DPgh4s8YfD9xLy+j/Zk2vyFILXr5pHZAEgtUunzgRj9iYa4350BFP+CQUWG4wQK/joRbWeBxkD/ceyBw/OJWP5JprSVYZmbAlP0NqDa7T796J3kY7WCKv4OizPbQDjA/6MMgWEM+ej93Y9DkVW9PvyV5gPl1MVtAjEviq31ukz8Iff2GAM5dPytC2It4OkE/bSAL6JQViT+eauF69ScsP5WnhXIQtFhAD2GZXQXRbr+F+/tJuYZrv1mKuiNvjE+/dc3RsjtDhL8ZTgpmipIyP5gh1wwlEB7ArW0VomppjT+W+rPM9ydfP+635HEa1wg/3y/y483piL+WRntko4JHvwPKGadjrWjAfgfQuvDdeL+73LJIE5KBP+FuLxS4QE0/gXN8WryYgT+ILvqQYxsnPxaX2ri/k2fAn9c1vcOydL95MZVMDr1nP12Vemfoazk/qnn6Nfkxhz88cLky9oY4P75oxwi3N4ZAgAh0vuDbkT+j3M4Kyx1zP6CyWvhsVT2/4+yYvQ2Xi78dlljZgphEP6fftoYLim1AyU23OiXcfD/B+PE/tzCGv0GeqN1hwEm/os6fXHmgbL9Ly7BZ7s9LvwCSMOBh44JA5GJY9w58lb8gVgt2BOljvz+rs8fdTS4/WuF2Oo+HgL/toxGduyAPv+qg6uVDNHdAB7t0ou9iML9sVZzz+1+gv3/4F6oh9UY/k1XsY2O9hT+6+oWV5V5Iv8qZY+bdiWfAjOaNiYdqR78/ZsFzBYB3v95VEBJAhD4/oNhsevAAhT8/dZFSNqtHv7hP9V+vpUlAQZ6eZUajgz/KNjK2S/FTv643S7VFyR6/G6Fm5LF6h7/sO5IqpbhUvy8vNuzwY0DALORtjz+sbL86oJkN+cuIP4+f1vVEo00/BM68Rnz9bD91mji8syNTP0yusrsxv1PAX4Cs2rbIYb9uY5meulmKPyQe+UWHnki/Y/PFjK2wbT8h6YPdqE4/v605X+ewfoBAEVIm7wHHib/WCR0o14MdP+taL1S7fyQ/b49Z+PrPdb/a3TAVM3JAvzQ1MHYClDdAtGGR6WfUkD/q39XSVVSKv6VoxtiE5S0/BmnuIL9iiD8RLzeyTp5EP3VemU2tPzRAM4hJ19O6Rz9t/+B4Oz2MPx2G/5YQOU8/sme0iB8QSD/+9qVKdQ5XP3qLbrcGfnnAeuRd6uttiD9VB0AFDo6JvzjQd9UjLDk/3O4l0UiTkL/eqm9y6GQVv9qmJFfbLWnAGZq0s8HYcb+nwk4pwAxxPzFxEYqpJ1A/opfPSJwqlL9SFbJVm/o7vw281VgVo1LA+lzwAoixlD/BM9tQ4q+AP9IwMXnaClG/pCdP5L9Kjb+DV3VQIC07P3Hz+bPgZG/ASyn1Fhs8mL+UClhcqEuJv3Ke/gmSvVQ/B9Zvw20cKz+q0nSwAP1OP5VkiE5mXkLAg9KMj20qVb/b1VWbbxxmvwvfOkUeIgq/y7/GM/+2ez9tPrMCA3wvP2MD03BpIHTAzg0mEqDefD++nklTcHiAv8V3XYoxlT2/PGOtzmnZeT9+nhhThBFTvy2aE7a10XFAHkMHMpvLfD8e58m4ZzOgPwUeGKrDT10/F6cWzM17lr+ocPoUE5YmP/EQKtCYCXFAjKtZs76Zg79hjJviWMliP6WFOzb41zU/UmJwLGuGd79SkMFr3g0pPxl3r3ylYGtAKkUbLC3EZD/O6Zhfo1Fov0nZ8nAnqAO//Nmz2DqDYb9t/L5M0kFUv0eIW0Xua4lAN8531ayTgb/qtD23Jqlyv14vv7xhfz0/KqJPNz3Og7/VOCAILJBLv0EACExKGnNAJ/u75dGvj79wbLWd4B2Jv5NtAfzUXUm/l9V28piJYL/tWChBFBdMP7nkF5bqN3jAk2T3fGvOcL+k1mYgoJqHv8ciZi30xUO/fD0lxW55Uz9iRI+g441GP5YN3Uf1xIXAVN1Bpkb/Zz8j0irin0aFvxzsukGXJUs/Pof5Zu/BFj8hNrZlEjApv5Z76fGu925A6tp6VRCad796QUxFi/drv3sw9K445VU/gQnBjJjDkj9g6LNNNQb0Plax7DSt83jAVndAvlyTgL/hL85ZhvB7v6S9GjzmNEc/BxJ0TSGyfj+QgmYPZxstP3hg/hMJTHZALn5OiOkMdz/p2R6w5fRwP0mnwHS0cTk/SaSHwSnxgj+kMWBYcBcPP+5QKi86x3NAAu8tsohZlD/+gTz+ThB3v55R/MQRfWG/DWkgTnwSfz+qTU/+Bd9AP36/QxchcyNA2xRMMc1wcL+sjUwaFAd4P2LeI73Nv0E/vMgJUh6vjz/LJAVGVXInP+d+QzU7H3NAhjkcjhHdQ79088uq7XFzv+fVSps+vxw/o3eZMD19hz+u8BZ5D3RWv8/WuuJ7IV7ADmTja5tOgT8a5ROR5NFyv7WUY9t2ekc/4AzFA0y4Uz/3IVoNf6BVv1TYY0nx5HtAo9NAgaKpfz/simuSEwRov8fy29mGLkq/cdzs113KZD+eKpC+yEVKv2M9mtr42m9A7s8cNaUSV7/ec/lJMoeAv+G4Kb/ZPlA/HcHfeY6/hL/THnpaz4oxP3qqhWoseWXAujowXaH7b7/siF6BRnOIv8ulPzF4/jy/0QBRo+wHgj9ygW4T5dBKvyVWZKKKj4bAuvqIdGYdeb9heAHB2rcCP0n6aSoYJla/r9wQL1NTeD+GbU+Q3CZGvxyqi8AkdYNAY3spjm2PUr/L2/pXrupxv7yNaP8m3hS/WMaaYBrVgL+3Ckc7hOoov9clEYwpcX5AfrhRocwEdj/vl1BZy/iLvznrQYWZg1Q/5WnZgKGXb78y5LPxZ1U4v5+2bvX2x2rAddaDe96zfb9YVSElDpyCv+Y8WhpI+0i/LWvFsS6/gD/hJrBzWPVYP18RbMeZGXLA8ZRP/+cIQr+puBa35uaOv84Wux94ykI/gbp54N0ceD+neH1GdxVDv9qmJFfbLWnANm96ctokX781K2fQjFWNP7cEKOkADj+/Cml33VKWcL/fga/1AeBIP4LTzftAO2hAQKTZM8G8aL+eHe3DNgWCv02nxnZiS04/I0WPdPxsLj9Fx0pIhYZPvxNm3Kz5MnjADvVkHQXdgD8JnJ95/NGCvyp8ZUA7n0G/bsruW3uZVj+hBxpw+b8/P3n7D9D6YYFAvCULF/ZMkj9szRQc1yyKPy2T1pPeU0G/3RDwWeKPkj8dfY4wtEVcvx8K6GUb2TjAJnF5uoAWhT8NIx+/7hJov+z70QvGwUI/JO9F2iMwg79JdkxSe5lGP88CrNaTCW1ASvErJ0o1jb/YZxWDmFtxP81QSNQ6L0O/So6LXSp1Qr+9sHikB30/v+eQV2xs0gLAEbPZKksobT/c0WmhGqeZP1IcnsILJzI/J1nC96v7cr9O7EKLD6AwP3xqhQuLu2LAkehnRFJPgL/+V2W+y5x2v2Cs67qLIDk/kW9GMdRWgL+igimGPNMcP/EuwJ14i27ASmp1jfbncL/xCnHnEIFyP+++QlIbPiY/ybh1T29Xhr/20b2Wm8E6v4fwT9VXSFjAezm1sJPbaD9X9dQ+DB6LP6ws7n2/0iI/gZYq6mcPdb/XO0Wft48sv4WaxAETEFdAio2iAZTehD/lGaOByFh2P3jjTgOlbkE/pCJYJ7lCgb+16B1cw2UiP6p/4QTjQWTAUtmofZrCgb9uQvqwcAuFP6FdYx3ATRA/6eyP6WlNjz9L2Y3i3qU2P0wrImvgZnNAYgsc8NHmgb/WhFZ57jWFv7/RBB28Ui8/rjV6S8drgT/84NuZaeEgP+OlZdbI5HDAIjNQDNfpiz+dkXaSDIdxP9L1TG0tIjE/K763TMp9dr8x1erUOABHv9atxkiYlFXA458Iy498cj9m9tkx9S9kPxrYTvSy/Fm//fWz+boJeL/ZMhuXPgQyv6zcYz2bDEfANsvZFgBGij9IznWugU54v1uYfGzQikU/FKcw7dLKXT+C+0TjScVEvxe2Rt+bunhAPycR6IBsdj/+X2FmMXtQP4JcK6iBs0g/Ij/FrM+Jej9p3hyEw8pMP49SoWCaNWzAZ8jEEGMabb/adJnY4YBMP98/Vh2CQEC/hxpDZ2T+cD/dpCVE0WUzvxi2CBp4ZDlA/4FEevJTjb+3nMta4yeHP5aEck94Ekm/PzM66eAzbD8JlhvdRTwxvxVefEvbPFHAJgPUKPjLhb929tjJOC2AP5AcA/RuREk/j4ZG2h2bNz8oH26x/nBXP7cEmEW7lnnAbjZAp8J2ir/OEog6TgFnP4PXqffWTDU/KFJsLZ32cD+RjsU9HHNdv9QkUxzI4VPAu8wupZ1Pbb+jnI1N+yWIv4Qvqd063Bw/rx3mhXKAbz/fXjmnMlouP/Fy0d9C3HdA9MhSUJFQd79PZeh5vFKAP90jNRYiZUU/Jn4eIi+Mmb+ELEcIr/YoP7QMozMjYWvAms9GiOSCgL/hClRbkDFHP+pZ1XlpxyW/etlelq/hg7/3Mlwt+3VRv0+gJQ8574DAvbtbUS+oYL9o3/eda0qDv0C/IpxKOvg+fGsYQzemmz+FPUkoK8wkP7qMonXg5WXAAOUwAkZNhD84dpzRxWCBP5yU5UeFhVC/bkGKgZW1dL9cJqiA5hgvv/8uFJWpwGhAK98HF5RWdL8yfoKqa56NPyia0e2dKEe/r2O9wOf+cD+t7pge1PUbv3nDDrWJRVXAiBq2RYvglL/IUx+f9/NuP7vAl9Po2zc/a5++dRLrfT8pz+HJy15Rv4faGWmWvGFAnkH4NnH4jr9ezm7ne4t6v0s8shyV3jE/nVzFTG7oSb841xfjVMk4vydu2WPzI4ZAWmycQgQqgb9FhW9nvZlwvyBXLKKIEje/IQ7bX4XYWb87KWfi7MxRv8vUn4t7lIbANEMsBWmngT/LSFfQSJdsv640STLucT8/n62EcqFRer/fcK3VhQpNP629uVGbj1ZA38lLuHVudr8eKC707yiSPwJHQZrISyo/R6iIox9Kbj8Xr0OHmq8vv8/b306Z7FTAvMrunWuFVT+K4z5PsiRuP4OcwmjCLya/B0dMEsDDJ7/m8ZAu+I1UPwsLgoYq2HXAqSYcofYlYr/med0hTpp+PxC/Ju+1+TM/XYqqbxFeVz+YZntpjN4vP6SRKowitoXAocBIKblMj79mu5R7zUOKv/sR+wyyEk+/92el5FQpeD/lIk78bsFIvxJVs8O6XF9AXmKqIOY3bz8HE+6xmLx6P0GxvdNbZUs/a+5NIuuXcb/YL/b/sgRBP+fZ899xX3jAwGX3ywOvcr8j9J5xV7hdvzOilS7dwjk/wpIc4qTSiz9vRkbDF8hQv3P4c5O0W2tApaqCRTllVr+HBOwUYwB7v5gYDaBu+1G/KgTD7jC3YD9r+YkmlnU+P9aVpvrlK3vAASSKldfOjb96rx502qhhP80z03bHPEs/30yduzgklb+TcL0Y1jlDP+oDBzH8VoHA1JqPSQjpir/vN9PhMT93v1jfDofQ2yi/QHi+qSFNf783HMc5WitGP9/cnEJ1hXRA3l3JPb8Vcj++0aUPRByEP7DlWOBXTVA/YZgP137ya7+vc6nAtgZQP2qdxPku1WPAEjVLfPfHXj/cpcLL0id6P8WFHNK7JlE/pZzrNQrqXL+fprzIulP2vpxC4Iysj2DA246rsJ+pOz/F5rOVNYKQv3MCDwcbD0Q/pFqdY3sylD+XZJMYmog2v8MLji6pMnBA62HxRVJblL+HvDBue7F/P9vzqsK0zUs/mZjd6hcIYT/t9WA2GK9Pv5s6gJZi1nZA7HF3mxBjl7/BLBpriqpxv1KIBnPsqks/2C2IZbwxcr/1YWZyvYQ3v2Ra35TIDnHAkbd6UvN2fb8fOipVgZxzPz4u5M/XLDI/yMIarG8ISD9/u65p829KP4aNPzTXTnlAxO1SpQp3eb+O7iHotgyDv8SyRBlGsiw/2xswgsUPgj+bi6RAEIlIPz3C8aRCsz5AhkK83qJEhj99f2zZ87qCP9lyf20FnUE/P5furoY2hr8G3Tj/1U8UP924C7B7k2zAJ3IESnzra7+3J5UjwxeLv7/AndWWtUw/NTcQ4cnnZz//1lSTMYhdP64fYfZwJWDApnOyFX8agD/Qjd73f0OCv2Hw3loGdCE/oKMplGtGfj+otxed3h5SPx20sQWNzFzAxX/5GfbEYD9XRyWgyqeEP0Wert8Pmj6/06Rhq88Xfz+tQSX+yS00vyi4bGROenBAotNrGjbUOb+2ZG484CyKP4pDdbCJKjO/3PAznkfnV7/VYDlIwpNRP5yaVa224XLAuuJqwgXBlT+0iyuKGOiPP9tGV30QfgQ/NnbHKKC7ej+nH6c4at5IvzeJR8DJkRNAKGBwfwl2fT9quPzoAfpwP7l/pjhWp0u/XIzhvazNez/8E0yKWcQKP5jRjBljgnZAmMk04ywVaL8RlmYUB8R7v9iN6RWABzs/t3nFRzas8D5p/ETHap1QP337WJl5ZHtAea5+3sUGQr/Ni6O4muiQv9PqkitiHDy/Se2NYut0YD9OxClLeZxaP5aaAKXU8npAwjr7/vWaXj+aA52izeCHvwq1ugFQMUe/9QaA6bnWhr9BPIaB1J46v5vLUyRRf19AvXZlpRMYkD+Hk0lWYVCPP1SDs8VTBEA/Oa3Sme1hSL99KVMFHYhPPwGTjTLVHW3AueAwlz7AaL/gC2QpE6MfPzMOW+XhxkK/0lwJGCnAgj96cmQ5R5MVvydLvQwIglHAmnvsv3nEXr85PBR0V5JyvzhI7ptSBSi/RCswmll5fb+5GtdMKeVBv2MKytXcsnVAKtIQ/+E3XT+QkWFiawqBPzHfg875xu08Z50dJWgwh7+SQiXi6gVQv2LhK8BgC3DASvBunVJMYD+mjiT7Pyh2v4uo3AT9/zG/Sbvz+e1ghT+1zGNK4rk8vyi1JTDqYoJAbz3RWa1phL8whoFMSvtYP0zCt8OT9QC/dGEr+1QFWz+4zV5O+znHvs15OKrDVmtAfCdY+nR0YT9ZGDPuyGNQP++bIG297DO/mQzEb0aLYz/MYex5Q8wQvwZ+/XYxkl3AaDJlfu0kXD+LFLieAmGUP/MtEBC2OkC/j4LErthKhr+Bez1b3N7/vp0/XqwOJyvAZ4tDxrdZlj+foXnwULmGP/MtEBC2OkC/yLzI0I0niz+6ii5xByJFv+YRlN30JlTAoNHYxPFMej94L+WQMhWHP51OR/oMlzu/OZqfF6uhdj9dYi3Pcu9BP82wb6ubumHAnc9qEQDiYz9xjE4I4fqKP2DoJh4jjUi/xyo4VUnkjD/hJrBzWPVYP9NE08uYQFXA1T1VwFCtiz8ZJrhBHdmGP3XNNAfsPVE/5jKD4r9/iD+Awr+MgBREvzFTUSZ3sxnAMpiituYvbb8qiBeBviZ3v5ZmA6E+HFG/AmD1VMxvmD93dUQTqR8uv8GZxRR9mIXAUeAMdtX+gj9yK3lgPfCIv4Cjw0bApS0/9eHupA0yaz/wNAscMIVDPxQ6WIAHyVRA7eiFKGphYz835wsN+xiSv1mZ0MLjoUI/Q5e9sf8FeD/ffkVtw1cAvxhbiootUYjAw0L98SJ9mD+ToZqXcyyEv68IeEJOajO/IXUKoRoJbr/JUlglUqhKv58f3vw9yCnASRRRz2eWiL9V9G1gd+6Jv9vzqsK0zUs/UE5BtKOvaj9fDXgVpY4bP+vw/6QvkHLA+1ap6PZHdz9hjWoZVR2BP0lczHjMb0Y/4iuKXzzLWj+dDP6EaptHP2yjOg6IsUnAgeK1EXMzkD8lxPeT+MNxP6Sss/TAlzS/YmX7lx7Niz9cMyMkdWsDP0dSRAxuLHHAb+lOmXK+dD+ZP15a4CGNv7srBjMDXFG/TvsGC9rGej8uAlIg97Yzv8MoKMcDz0NAuMDHtx+jgD98+IXTmd2Gv5ksee1SJEM/hB46nNgGmb9naulilLVVP8xy7NGZmFTAIj0MbVLcQ79GQg0zb/J0vxq5hWsnThO/hlY28rmhhL+Rm+tgR3BFv7cdjlc+4URAOuMNvMh0YD9G/aaihKdfP/fYu6gzXA2/2LOr5oZNkj/MQwmOivdMv8fSbOALtVjARCW9JOMqhD8RnwMb6i+Rv+suAV739zg/1ljYsciiiT/2EpHwT0tUP05fZ6sK34BAkYzg9qt9fD95mCjXPpl0v1rmcm2gq0Q/wRDr8LkGhb8hCGOGFfpFP38Gh1LKjTzAwjpZYZaHd7/uu8/OfGCBP3GvYlDg7SQ/9n1rsxtZgj+uWKYUmzM9vxvUMbVdK17A4STQUy/mgj/wczX3svE9v5uCyqJR5E6/UOPugNimej9kqvXH0plHv6wBXsw/YlTAgaE19wdkkj+DnpI/FhqXP09V0R4Nm0A/sRjUF5Jgjz8g4N9PyB5BPzkZ88RG9YBAnJToOrutcT+W5OaeWO9hv9KbQtLQCku/nPgaj2NKcz9NztXwec8sv3Bvq/MtfWTAk//+wTdhlD/qdAAS01xwP+yaxhT8+0G/w597uHvdkz/iwUVvWDVDv6DYYsNwJBTAfdHYm4HVhr9OdUJiD/drvwV3y+014yM/uPrLh7F1Yr8b1mQ+wXxWvxmPz8pXyXXAGMS0ZzGFdT/BfvnIDCdmP+8b8mmrLEy/9Qee0u/dhj9sjgoi+FxKv6iaPEiW1W7As6jeephCgr+e3SqFT+5wvx664kZQc1S/yqacgZV+Nz/LiTqCFwFSv00MC7i6a2dAaoMjDwEBi78EsFCa8jxmv+BTwmpmaVE/b1rHPw3Yer/A7emG0tJIvxQJQiDSFW/AXwUy9y8Ofj8ifTOarX58P+2fajZp+um+pWHaNxm6hL+znd9/uAZTPxYpI4K8jIPA2DtYSo7Q/b6jQh/jjAB2vxOvGQBSTTO/2NhGSQpZeD8JA05qmHlDP+4C5/3P9XXApRcl4lqpTT8TboYCGc6QP+PprWMN2jk/Y8jS6BoriT+u6UqtcM0cPwb9VgjRFlFAQ5+0aUpVWr+sgWVU01pgP7gJ2Jy9NCq/XQukSal9WL+OvxgV3M5SvxlNqGp+VXDA8fgQ4J+qgT/0R2sfEs94PyfWDFE1lSa/SE3FEGoPjr84xhXD2PM8v7LCG93/M3xAREieQ4Ytlz8OP8Eg2pJkvxJyhEDYYAi/5XfboE6qg7/myj3WxkelvIVosmxYd0dAWExCpfD8jj+5p4yPhcmIv6NuyuJUIzY/lnHVBHGZhz+PPvT++mIXvwcGIPvFM2BA4Njq4pp1iT+psavmkVKCv7RiK9k02z4/bTrtwxhIkD8Nmra27LYoPxkAzjW/52fAbW9VwpSPlL9Ie36uEiGWv2jz7GNKRkc/PrzwnMg1cr8wHb/CyWFFv+79wZGyKn/AOVva1laEdD8828E4gx19vz+YntHjqDw/lHRzu/y1dz/X+ZVAdVMxvw6HcOW+yVnAaQ+LqR1ADj8QwVxxzpSRP72BYPPIgPc+hmezqdq1e781Fji0VC5UP14gGAHizU9AI7qEC4S2cr/mbmqa5SCHP1jyI33KgDq/FVrgPxZaZz8DYHZg3hc5Px5vN8cXGE7AdXpks3wQbr/jZ/U7pH5zPz4BX4IpIVc/CpCfS9NXkL9Dw/TFzAlYv9HnUJPgdWJA3nSuluAehz9DfqJLEU6EPxKsFPqSwVS/neRrblcOiz8K5TW2oXM0PxOlyIKmuGpA3y8UKlLZcL8UGVBRaGBjv+Zg1ldnPS0/0UIrBp4ser/PbdVW1R9RP3BjjyKdH1zArzlujANeZT/eONtsfcaAvxJlbcgtOuq+iAmFdO9eS7++DTs+FllCv6j6HQkiCobAlIh2yxw/XL9q/CevGJpvv98V1tWSwCO/yh5bmvVchD/CRU6GCC8wPyJ/ue6HNHJA1cEntGsFlb/oAbpXQ8QWv51MmUs4j0y/ktUISr2kgL9hl0Afop9Nv/CasYVd9GLAxFldJpi4ZT821nvmEF2Lv7zMTunhGQw/2h18EDcsYD+QpdxdNqFHP3RaJ+LBGoDAcYdJmzIzkz/Vzk4CGUBtP4T+LcI93vA+aaTSVjp4ZD/wvp73s+9Rv012Er6u93fAUvFOhLC2kb9B8clut2KBP5aY2xn1Bhu/WcSQA4weib8vrWee6yRCvyxeYtUJd39ANLGbdG3Eh7/iFu40Q96JPyp8ZUA7n0G/+2Nmxjgxgj+vAJf7A6I6PyYznb5VGXfAXzzNeYoImb84f0N3j1x8PzrzmTjxtU6/QnkPp9/di78loy2wjuATvxKLgcjnXHDAOC3W/yfvc78asC8t7X98P7v80jaASEe/EkA4uOHMcL/g/+Oi0PImPxOYgXqOTTzAdn+IHD0xOT934Xo6JRaBP0h15XiWUkA/rD0MctWSi7//OGU4aBdHv89ZuPry92lAyPrzYOxTcj+kSDFjwCqIP9vzqsK0zUs/pavdjrhHaL9ti+WKbF05P+Kvl8VoZWXA7ZpqpgTceb8usj1EnxN+P9/gm85oAj+/JvCnPRA0jT9In0GXn08+v38uNd34eIPAJ/yFxKr0gb8/6yfakcN4v5vf2UNth1M/kI2An7kmdj/p5h2UgbVKP1NnEGvTmmTAK3G7fV6RQD9yNeNRR91dv4mjKVBpbFQ/TzDoAUbMZj+zcqGolgM8P6ySMVouC33AZkLs3qGXkT8iOKwXC1yUP1p1WgkDASA/I2NBHr3ziL8eSqjuoF5SP8rddCio2nBAZ1PkzAzZeD9ca6ypSWWLv6p02vCAFDi/BYrZ/wGQYD+8XwAplutCPwsa2eHnI2HAlJsB2sfPiz+OZkkdzSeXPyUmsYJqhSE/AxAcYyzNkL8XEZmDvzxJP5PrNZfsr4HAx9bY3h1nhb8/NQb9E3SXP1YJj86/W0W/t2ppddUwdT8l00NBtZJBP34/v0764ElAcKpt+84+cD8DhHWXIapIvzrVKoq3v1a/AEcHKdsogL8uOww//pgvP1TaQYGqmIRAozWGogRqhL/4u8T6Irtgvx233UCR50U/MNfnLbsjjj/Fycxh7kBAv97wACG1hn3AbyUUzYkthz8J3aACEFF1v5IIv2IgJM8+rHp3BF24bL/hyzZsR2ZFP9aRAnQO2nJAQ/S6BYmYV7+5+W6556yZv/Rkm7+QgDS/1bo0rg6Bd79kmfOnVsRLvzJ0WhHTb1lA4UFtzQ/9ej9UR70J/5aRv3ueBw0XBEy/WxBV4Ee7cr+7vKKkQy5MP7CGguXu7mJA2ZHdJHWFeL9FbTkw9CBjv6ONkOh4nU0/0o1V3R2YZr+L/1lCWOQvP5B2MvOTJ3RAMT6oKaBciL8Dhc98IsWBP0XBLcuRazA/JrKuG3ZFZz/IC9Gmz0cgP8jxFswLMjnAfrFQdk1FkT9PUh5NnmR2v0pDs3gCjUw/OlwNZykHjj+vpGaOLTpEv9gHbxQSxoVA9uMOd0tjcr/UIcVrFbeRP1Wj0CJiAle/L08WP91uYr8ydFzNiRg1v7u9rCveb4BAsxE/93FQi79YvAqpaQyTPxfPP+J1WS4/Ik2R/mJ3cD+vVA9vOFkpP3g6m4i5klPAGIyJ5hd8Xb9cYDdSVyp0P51HRp6f6EC/Vo04jQfbEb/tOtvE398hv5JjjIS1tUVAm+uPtdouej9Wy6YOtJ9UP3jnTVoq/k8/KjZfJWeMgL8KM1TSSdQkv03/w6+iADnAeFJjxelPfD8MagEUqvl8v25ucbVNuUg/y48U+ShOlL/rBLDN319Nv5TTCZ8CHnzAXASSLZVsgT8SVVqwn5KEvw5JWFMdh0K/4JP74+Bdib//uxwf2IMfv/hEehQeLjlAk0fvCHgLcj+ZJCFvu+mKvyCKW/S5SE2/JXEJPvGlfL8k/DiG2Ug5vxXb6/qJ5HBAoc5RkZAogL+WcV64q0J+v3d+564xmUI/tjDg7apgXT/MKZioayMeP8aB+s6sHoNABAgUAe4AlL8puUPjtiiDv8U7IieaKE4/dim1Ru4iiT9UWe+dyYEmP2xCXRh3l4hA0SgnlrkZbD/Soc77qKqAv3YZgFq+w0M/n2pDqSd+XD+QqAH1waA4v+WpXtBWYn5A5yBoHBller/mzil0CSWBP703ukMEnim/mF9iKxf8cD+wnJ5rFjIAv/zfEl+ynH1AuJKQOerMmb9Yguzy8slqv872PTneFy2/dIaqghHQkL/2ujyAyrsxv0CX1gkncDNAYU0e1V0Ajr8TVAZTzG2Gv2SbinUUXTu/aIH7++Acgr8jfKY29dsxP/G1DF48S0DAK3SjDmOCj799fleA/eGBPx0yXJDmgDI/giZHLSRFjT+cOd9VkPZHv1300ZkTumvAUg4jwjLYcr+/c2KtRHFrv1uljd6rSPU+GBOU02UsVj+ZTbBB6IvsPk5fZ6sK34BAnCbciuDfgb+y5UlMJimUv0o+WsWafQK/rKMyzz/NPz+UyzYg58hWPySSCUTT/WpAp9fn3F6Lhj+CgPXqt7yQP1PYrSNoQFy/7c3e/d7yhr/Y/O+fPoRNP+fs7sEG/VvAqmeTLg2/jb86bWma/AmMvwzMK1Xz5Ua/32HDja1Jdb86G1Urg1AjP8RTQ/dK1WFAYEF3TfYaET/YSFPiOjl6PxwdmesX1EE/74+oLGE9fb+0D7X+0cEQP5piYDx97mHAS0MAg54qkb+iE2G/NdNxP2mqphY3TEO//BELwxbkkj+tgmJONY9Mv8KxRoAdVlBAzSUwgoDCjD/B1anh/v5lP9xHq88CBji/", "shape": [420, 6]}, "right_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"dtype": "float32", "momentum": 0.9, "num_features": 6, "use_batch_statistics": null}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [null]}, "rtol": 0.001, "several": 4.0, "step": 0, "summary": "BatchNorm1d(6, momentum=0.1, track_running_stats=True, dtype=float32) on (420, 6) float16, train (grad; use_batch_statistics=None; initial values via constructor; mapping rules off: train_mode)", "torch_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"dtype": "float32", "momentum": 0.1, "num_features": 6, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [true]}}''')  # filled in by fuzz/report/repro.py


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
