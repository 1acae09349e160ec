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

PAYLOAD = json.loads(r'''{"atol": [0.32076746754706986, 0.37425900672448986, 0.7499332962044817, 0.3548512448547328, 0.4963089282730259, 0.5414701499553106, 0.5720780879005414, 0.4234250504591555, 0.550800180256926, 0.5854895675370883, 0.4566784343116125, 0.48124704758577497, 1.0734834779702174, 0.4442535959953661, 0.8916710763279492, 0.6660091944953829, 0.6441756392542369, 0.7861676303307633, 0.6679888659333746, 0.5066099589253905, 0.5006963445757918, 0.503006641194363, 0.2965273332207801, 0.6215995697588657, 0.8849908971591467, 1.0096167545905992, 0.6662027704679909, 1.0450285099376218, 0.545368891619932, 1.0859952442609668, 0.5907381709464589, 0.44219636600185247, 0.7051974055563974, 0.7298604176552085, 0.44242926027105295, 0.4981224337216916, 0.5670830750061281, 0.3633150327963872, 0.32923399814388465, 0.348443686337954, 0.8051485181137492, 0.739369397309369, 0.3269992495592704, 0.6376298516658364, 0.4067587898585215, 0.0004780142349649297, 0.6821200719495135, 0.6408204415144283, 0.0005497291870891323, 0.5136757728217269, 0.48439298711696627, 0.46713959523669424, 0.7554235273876474, 0.4748712671857942, 0.5483210178414424, 1.137045699488783, 0.397521608634658, 0.4182016368094715, 0.8414406622863183, 0.680509526376515, 0.7339582966373491, 0.8133854441608056, 0.6780802001500501, 0.5307591930277233, 0.6191399411221974, 0.5113067191690724, 0.8137032142743518, 0.39610423073964096, 0.7574071921722924, 0.5445344899753399, 0.7030494476725053, 0.28198208073317466, 0.7572395580420144], "case": {"affine": false, "bias": null, "dtype": "float16", "eps": 1e-05, "grad": true, "grad_seed": 26346, "mindspore": {"frozen_statistics": false, "init_via_constructor": true, "pass_use_batch_statistics": true}, "momentum": 0.01, "num_features": null, "omit": [], "param_dtype": null, "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [5, 73, 5], "steps": [{"input": {"offset": 100.0, "outliers": 2, "scale": 0.1, "seed": 1073741825}, "mode": "train"}], "track_running_stats": false, "weight": null}, "device_target": "CPU", "id": "grad_input-bb344b7aa9", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "gHiWb1BJCsCIbAeRR0QhQCQOtaSEmQLAuAx4QJSf+j8I/RyrDsDZv0G5I250YDPAFadAO8h4FEAF32+FQnQRwN17XMiQiSVAQ1MJTiJHDMB0Mn05I4EbQCroprKqpCFAyQCVs7PNN0CCs0hMpIMqwA1/TpI7dSlAN+r3+zpzIcCRMF+fOFXMP1PheBrFrQTA+0RvoP08GcAYDevz3bDWv+NvG/BJLCXA9LQ3cvdVLUAKzgurvmMhQNk4xiRVcjJAZ1zLNPFFH8C5u606lEMSQNCi1VTs9TBAkXcziWKKMsDShJis6Po0wOB0NXUJVAlApBN5TMh6E0AlzlWjUyv3v3mIelP7WQZAcgox1Ua+F8D9vrzXZOs2QEfXKtUIWyVAJkGiI2lkHUBcauQ+ex3+P6s6CoxleOM/Gs2/lZqvF8CvzwDmDFYXQKkmhgZk/zDA5DlN1K+hM0C8WZA8pkqcv8v3z1+5rBLAF5X5IozaF0BHcS8N0+smwOLYFWs9ITNAgMVe67Yj8b9Ile55UTPgv21pzh3oeSVA9gbxSq9zwj/EHvaLfxYowJpMZxYD5xtAkAxuvv+AKMC2p1Hp9hoUQHDfmFu+/zJA6KIBh3v0KcACPvSsanAgwAUpilImegjA3oQovbcMBMD696DkCEwMQEQ6cYSJevG/ie6CF8fIGMDLI7GtQKcrQJ1Q0FOjmRHAcx2K/70hLUByJS2l0WIMwGq7mo88nh7AbQLlpwFy/L9h3LHLWgD0v5RIUuk8hQnAes5ofGlLIMDi2gPQ9NEvQI4kg2BP2DBAMm9dDG8GMMBZkGizk3gkwCaT7/EGTxVAQ0eGOwwyDcBBI8+wwJQawGJ5ZCd6+APAzhdNzJdHIcBynAdc/wA3wKBUtOCMrw7AdZvhmuvR/T9EJiEx+1kCQDlv3h6ysidAucc47ZKAEsDJRA+PzaIDwMzW70CoRyTAdo7KxREnMEDXtC2rv9IUQO1BUcFgThTAmEb0Pl0D+r+8umV5lx8jwMFozgfYqxjA0XQbkZr4CsA85nsOkIMSQOyjrZyfXC3AEL4oZFabK8D6n+V8+E8IwB8PQmzMayfASRhXfKY2IkDWjGzDW8gdwGNkeWG/3BxAXosB9DCNJ0B71wfoF2khwLEZYQ1mUhDAhhPgp7FPGUB6gA6apY0bwLssGr3coZ8/v6oQzzsLJ8ANrLWXix8SwOtdAel9WiLAj9ZmWyHrHsCHLNk0x1L5P+eeTZJQtCDACxkqYBu9IMC2u//rW4skQJk8lJPXlec/6MoeEyj+MEDRGNyR/mcmQHa5c7JfqyjAukaw5YaNFcAhwSTNf9IkwBZl0JzOAB7ABHXBfsDOHUBJjJfCuPX7P2wlh1JGDifAg4s5XBeeFcBaLNyOY8MjQEwvSXnQaB7AsWjNbSULMEBTslMof5YrQIXppOZd9TjAvBeJk3nlG0BJF4yTE/cdwMWNnGGMpRXACRrWNRBSFkA26ooZv1EiwOmmPKCIsMA/Xv6v3yQvHEAPlp2Se8v2P2XphzX/WCXAn0A/k9E+HcB0c0HhfN41wNOvixOqsx9A861hyDRkGcCZmFbQbBkUwK3w5YbX8SPAWwq/D3SEMEDqrGNA/jcVQCT9jJvrhyfAkL3JkNBKNcBWY0FwcNzyv+1b5S5i/ghA9+4J56jPKsBjx2e1Xd7SP6Fq5RtTMgPA9zDETWBkEsChXbPQ61ouQCRgmthJwSLA24E5zDTcCkCxYrzRyDXjP68YmBtE1SJARwHvBT9dE0A9NEcvS8YUQEDiA3riIhjAxKZuOGShFkDO36OZU1APQDeMjrUvNyRAsTgNHy9jI8D06IF2NTAWQE64DXiLzhRAfQairWREG8DF1jnomvMgQGR94LCZVAVAIK2daQRwA0C6gk4Q4gAoQEvBan+3fTHA66GlfZ0ayz99cZXjtw/8v5a0BsB9YxxAToLLneBqHcCcU3BaDkEswELPgeX1LCDAwh5D3LNpJcDNKRF7VIIYQE4ewrb5UxfAiueaiNH4KEBb9ecZaI0awMTJrX5aBAlATwM4ywStG8Adzu2cuNwCwAEVRCINrChAOxW7LjEIH8BFRj74uiL0P4rSHWUZ8BNA0rY79SK79T/riWC771wqQPKRQaoCoSlAXS2hWa9XFkDdL/Ql+9T2P0KBkvXrYQTAxSJK0/2OIsBjqoxOYczzv+Y5nBI9XxLAFLq6TUiiNkDMhCHNLrEkQIPlSTpMQDfA8xyreGZTE0AJwZ9JPX8gwCPMoK+F7wXAtbpDQ64mAcCNgsZRqinpP4pi1RC6n/I/mikxfIWB+r/i3d5J1bufvzQXw0MaJTNAJ50AGA4SHMDdHNVAXuTyv3ljCYFE+iRAjKI4N3dZFMDhXNa+qSAeQPmUYoFPBAxAlOaicSUce784H+1PNB+pvwAMA8PoLZ8/WZiucLIioz+aDHUivoaxP2DgPVJn4ylAkwhk3zHYC0BhqL9v0OQQQIyBnIHshu6/LFH8bG6FKEDZ87zr+evqP5vqz3ClkBPAouX9RPJxGUDGupu6+GYlQHXaKshuRh3AgxRdatosqD8fhj1c+Uz6vhcXEkrw8G+/mAB6PyR4kj+4O3jEWQagP8BWrCCe/fK/C/hGWVmrBsAG6GS+2GAbwJbwAurhLiJAc470sROZJUCGde+SJP0LQGLpOQipohPAKgujkhiW/78SEPrm0cglQKN1XJeeridAdyvHuo8IIcC+UX7Fdq4NwBu2Ng1/rwRAy6GkBiroMkDgN14wQ+MpQKVB7t8rjyrADAmI+Nb+EkAQO67uhlIPwKnwjcUHohrA3jQl7pUwEsASAe57kcYfwLmfe3Hm3RfA5qv/VXRnJcDbPAW4qkcwwOV87BM0TSpA27ePZRlJMkAmhDtO1LERwCh5Jr/INBBAn9/4iQq2HUBJ7zW7VfEQwCfWDkUXFydAedajMKl3EsA6hQ2cFcUuwK1RLeVmCTfAKrdD33aEGUDi25NbTr0jwNBRWk5JbwnAgNapirZEIEA5RURlGPIVwDkTLy8xdR9AA6zR1ueWKEDoqGa0xFz6P2VBzSgm0CdA9Uhewp91MMBx33HElAovwCg6yzVS1RxA5nO8bZHdEsAYIiM/3eUlQBXORw8ljyvA5UjEOvY4LcCk8LJ9iZr7PxLtBdOxziHAwVYWQAQ66b/r2Ky49SM8wMItlSjOxiVA/tySUCLxHUBGPD+RxJIkwEGdlWYXq/8/Spm5Mx7sM8AOEZd0g4AxwHyFuRseEjbACfMySgLmIEAtVmG9rsIywGQ8uGQodB3AxU30mNG8N0BBiKv6iXbmPyMS5r2dNDnArfxOGDJVHcAGtZcZdyUJwKXMInNxGiLAST2pkHIT7r914w9Jbm8tQGl8jJL03QbAVcokSDlhLkAsciHovML8v2tB0IGrJybAFWMcIhphEkBnaYlwPnsiQJMOxINTiNa/nPAZKCeNHcCcJbJH9V0ewB3y0krxg/c/1XGcsPFXHkCWGIy8S9IMQHpuSJ/lAhnAoe4wG4kMJMC3UrweYw8RQBvnn7EpIBNA+r4Oi0ydJcBsVLR4WzX/P71fOwYAMCtAImN61tIKGMAtel+66rkiwLThCPldrQFAj00NUpXe5D9GeqB/P9c2wC7b4aAfPR/Aul3+pucsDMAuy+UX9oAIQGtZaV27tyDALAcJOvr8+b8G2YjoHCoXwI9q4hLkPg1A3YPDKW32HUBzXIjbpkAQwMDRGL/AB/k/PnLXYI6fLcCtsn3CpikyQMM9/Xm64TdAOk2aGQVRH8CkFe382+cewDuA3t09hyfA/V41F7gx+D91qgh5EiwIwFB2aDG32CVA29UW5D7TIcCK93S9I0MjwIjFMwNP8xBAiemqZDV0wT+LYsdNhcYYwLXVX79pBCNANtux1BwYG0BP9LkKLTYTwNoVs1kQq8E/0a17rKJ39r+IsEOnVfHtv4bIRiVbBSVAWl4D/OmRJ8DVSCUGNnYkwNRrB2DuGyBALUJ9VCMkF8DYVOPUEkQvQPZxFo2QTy9AJHWwf6597r9t9UDFLQQwwFE6dgi5yzBAUxCY83Fr3780rzRrTff5P98FTOBs5ipADfBuD2uI3D9d1YVhkRkUwOt/ydKibCLAVPqDjyYYJkA5DObaYOoIwKa1mmVceRrAhicgexWRGUDsKiOenLMkQPBdOT6x2RfAFY9G76HVEsAqK6g9qMHwvw/nKLEfI/k/wvuv8ibb+79UsfhK7hMbwFa6Jg9v8ghAnzRY0PkcLkDdMQdoywoXwPUc6x7mzxLAyoTnfh08AcDk9+uUFC8dwFRxxfY/3ChAunIYxvvuIsAeJqu9KDgXwKOI0W5l/SRA9AffqvhkHcAbwYLP6L3cv+GWfAsBqh3AD2e5g//kA8AUdh3kgfMQwDFw0ZuByQPACMpyhUQHKUCVnsb5Xs8mwG7rb2QFTRFAGLEsKkalGMBfjtAxfKzov6ztg2IRtP0/fA5fFSTNJcDeDdwJ9BMIQJC3VTyqaRnAwfsgExw8KMC77ilRUT0LQN0PKT3aGiTAd04SuODKHkDxh/uGGOgXwF4Qei/ZzDJAsmpKMEtYFED8dmLekE73Pw8BvNWyExxAI/acoak/4b/EqxPj/V0IQMikORboMCHAlxHHIBUqJMAxtvmi7pIlwGk5wY98xhDA0na8oDVULkAr06rLKQkFQHs1F4X9jRFAOXfQokftGkCM89ASRg46wMhgyFbhCfG/8ZYFeUjcLkAxn6orTJgEQCZ+aYK+YhVA/KbxurSc8D+BQSsMZQv2P1ylR3dLnwBAKbZ/P+ONL0B5nXEis00gQK6B1asXwiDA7vw8V/IpJ0BeevIc3HIwQLT9FMxJkxpAHqmKpNV5O8AULx1IG54hwP4txrFS+gdAbaiW4w7CC0C2vf0IkeAFQBHQ3Sxd5ijA87bK40LLEUCbbh3GEgkZQMcIUSyTYS1AgQxuV3jEIUDzZNHsLBMDQKnnKZAe7xXAWfVF6ItIOMChueYLJioQQGUkwmeZQSxA7s0Gps66B8AoTu8uB+oMQOiwh5phuiHAnd7w3KXzH8CDRwoypJv5P2VfkvrMyAfAHdvtDCzcJkAYjbjSNK7+P7oNu9yCDinAJjThb3yEGUCsN/qyaM0mwLPKezNpJxTAut3CXZt/B0DBZjA5ZbUGwDd3Y28zav+/5JiKBg/YK8AgY9ufBV41QIKZV5ZRtCJAcUGgCE2nO8CpFWhXWXoVQHfo5uiapgtAHQ1cNvspJcCcvy34r2nrP8+ICwZEtxtA2ljZY2RjK8B17HUY97sjwBg59i0Ptvu/Op64ER2mm78zuwd5A6AIwHMwUA+vEC/AFwaTKx8jEkD37FVOxVMjwCrS2b3+ZwjAR8h3ulJKBkBMgy7IF0MQwPU6w5tGphHAszXlTHJ7FMCzc2qjKI8BQODWx0P5dSPA99hJR5OOIUDmINJ4Cc0jwDCLboceCgHA73EhGH+pK0CsLVWR23YmQDmqSepzziRA5K18Ttm0AkDUNa3xy6MlwEsmeqn87i5AbZxqrRFdK8DWtDuMwycQwFGgNeZiGSxAmVqnbKVsAUAUip5jtxgdwAmgCZzJrwDAwr+SFuJuLMC5o/NoIuTWv775yVG9ARNAgIJh9NSMI0DnOAd0U04LQPM+sFJZUMg/fe3LVYllA8C2JoaQV5EWQELY9uazADFA3xojUQTpJMD5iDCU82MxwIJvTq8zbRhAXAh2w1BgE0ASyKXduH0jQIDA/sDpOixAUAPxKwuDLsAQIct+zwsZQNjXbMfUlyPAkGqJRrnXAMCmjQpGruwaQNp8KM2yjyVAwDHxxsM2MUA907mVnBnyv2ydSO5SPh5Az7qlu2l6JMByTjsT9jIlwKprjNtCTApANEkLEeAaGsDEBaEClakkQGM8PInuIQbAcM5g8XV7EsAS0/lkewIwwLFdNaD5DxtAaGIlgePzEkCsjo30LcjLP74FsgkBSgTAZES7VLs3GcBFYMjS2BcVwF7Mbnpt0fk/Y/biN1n0MEDU7XIjV+bqv/cII2MIGRjAi0R50+QGNsBYsgwIXngiQOB9YvvwDATAKK2VvL7JIMCb09y0rKH+P97fKKBVfzZA9w1I9WG3KEA8VEAeVsIHwCKXQJsGYvu/tME5Vz7PCcBo9tQeCmUnwF+dX7n+quq/guAO5oPWH0BCCLVSEc0ZQDgWR8y2JhBANKqrC+neFsBGMMsbXuoeQG0UMQXfwse/u6RvHiRW8r8DoNRNCWYQQIPbWp+lFy7A0fRnDNQvFcDGPkwaTIIiwOc5bpZscKE/WZH/TT4Bqz+wk+BpvVsBv5+14N3l1Zk/vqSPHH7krD9zT4CVpEUjwAoMXTOyHgDAr+nZWR6OIMAqKTn7U+4rQDvSED2WxCJAANZOtJz2C0Dm9BS3YOECwIG6CHuLLTJAFng+6X4MIsAeTPMW3T0wQLYMMM7QCZS/zU8Mu6M0pz9UPy/9Moeyv51i25GBkrC/smo0om3HeT9Wvc6ND+QjwOEp22WG6wPADgb8xQlNFMDDw37kPzUiQLWOBn58FzNA0OEeNnBpGMDxdnkBOwUPQK1foiKBjwLA68LzdZTfKcDA0OwfPbkVQHADO5go+g7A+O3Ihk7SE0Bv+9FUfeseQCcb44W61R/AnL2O9DxFG8BfG+E2XI4dwNHRyMNDRwnAqpyFcH2AF0Biw/wmseYjwFoVdTyNkSTAKPLktcj3EcCERwfF8vckQJ8/OyXjHBFAOwo3whkN5b/BSmEJUXbTP2mjZkGRiiDADaTr6ZJMF8BRkwDTv2kOQD0ayEZ1ihZAn1Z0ySbHG8Cx8lQOr40NQFn3XtoSvhbAAFP4V1YwLkA3RqNmiUswQH5m1rBVTBbAut1vJI/iEUD6IH6QV08fQGjU97v+kRtAnSgywwEZMMAv51MvQmQRQMAIh1SIGx5AmKzcLq+u9L8DL/XtVXQQwLpDg7XDOiDAgC5rvopuH8AaNL/kRTcGwCGgIIo+oyJA1MoRqQWSH0AfcxXLMWg2wBXp8ma/bypAq2NwSHalCkAZ6AFPsbsxQPKoO3TjywXAlEmgHGkmAEBjlnhXYPMmQDEEJi82XQxA6RiY2dFOB8DilP8GHMbjP/1mb0UgaypAar0y3CyQ9D+eE5GAdR8uQJI52+vdxBrAEHtXzlkvN8COGVxdx9UiQEqxsiqILjNAV68CgyjF+j8vatHWO+T3P2Ow/4sKW/s/MVcaqmu0BUD2jGaT7GIUwO96qltUrCvANgXqCbOZGEAde87tTX8SQKdlvac/uAZApNCwmy2RBcCXEZvgiSwzQCfogAOLCxzAemYS6XGoFMBG/gft7acdwKTqmwPcezRA43Pzb+T+yr9rupoQGuUswCFsVAlQcADAnhWlhNxeLsBiofHMlWE0QJrFi9b9+CvAVLBusFyMAUC8j0cQ2DwqwAjGN7WqcBJADMdVquEGC0AxgxhspW8FwGbfyuT8ASVA5HECAmETCcD6MM5TGqICwDuoRkeQPRJARzZlPlhuM8Dgo/mnVw0TQCq7/0zfFDRAZCAm1kqIM0AveucpWWkawN1PX82bEi3AsjdTwsZmB0DIB1/zqXzwP2XJdyDbnf0/JFZv0Qs3BEAT+/daBaMIwJiyk/zYbPu/iOiGJxXJAkCpcvzc3wYzwBmBs4K4GSlARf/AyqlmI8D2o7/lzzIlQEaK+vx0XwlAA72os/G7E8DKC7mO7yDkP/QfywJzMybAjSN2uKJGJcDq9EuKpFj3PyqV9h/C8S5AsOoZmdCPG8ArClDHTR8WQJd7ilKf/hFAEXtHVLg7GsCimF90x3sowLium8bmghhA7uAIHqQnHcAsMdNUaSgawIy3JeIjrBnAdY4H9Q6yGECRYiK3gMwYQBbju3nDBhFA5i2RodYtK8Ah+pk15qoRwDdpe+4wmSXA9XB6SJR6JMBT5uQ2qeoDQH0wo880TwtAego18RhcH0ClyTJYjjMQwA1bEmzMTynAM62hfmqS4r+MlboU4Z8kQKJTV4LSyAvAvQKFJe7z9T9OBRxz500LwFr1jh9g2RXA4/Wgm0YtHcDvi5iDokAawHLSiO8QPTHAqAsuS3v/3D+RzdHlsPr0P01CP2aFdhBAhDyxv4PmEUDgo5XmGYcbwLQADuKGQSVAGnA0b7i0KcD8hiueklAQwJtErj+oHRrAQMTB9zvRM0DFg4cYP6IhwC7+UhYcwh3A0a7kwiCbFUA1hIoW7dAHwEWDSyLFKSPAJJkUTBTCBsCwl/q1edIXQDAeGbiYMRHAs+iYcIBdJMDJCPb4dKUmwKzhH63b6A3ANsDl5LW0FsBfA1Fx900KwCTMUaVsMCVAZvf8Li/J/j/eZ2PDgQwvQGODuA8g0ChABoXBtHZyMcDkONFAneUoQFkC8ls2XBrASHE2WmTwKUBujN7laBgswDq8aNAQ4TDAkSlF7XO8IEB5krgAKPItQFfDPQ7qFCZABgzbpkgfAcA63uf9gX0RQMkwv1fICTPAD8qklPECJ0BTrOS1nmruvxT9cHFBURFALjL8mWfhAUCfQQrwiVoRQE3875NoBPk/M17ygzB6JUB87X/eASQcwPugJMVNOgtAVwgK+njxGsD6TocxtB4kQMtglsg+uhXAt1wDCjBz2r86z8ch/70gQDrCOIPkqxRALO4ajzDgIECuIFnYixUawHG0ckV9jQfAh+6ub6jBHMBuZA5gTOQ7wOFfOxp4uSJAzKTW4TiBEkAeHlxiazEpQNuGIsbjegLAabkIfCeyOMCBkyUmiNIawE3giTnbRhjAVWmvqaoYGkACKzyXiEsZQBeOKz6q9eU/ONPLkRMlIsC12lUHknAwwLlEcA1Iod0/W0zjCyv8IEBZ5Fk1rzHVP1c8NFsLZBNAO5wl3W2q2T/z3ORN2Fmhvyj/TpDwU+g//FqtFE4cH0B82uH+8bAQwDyv2mLFoTFAHUCOKLRxI8DrbCfaSBoHQELpaJ/9/STAglHu0pd9CEB8qXBYtk0hwMA/reWGSfG/WP0a2RZBDcA1Yfq6MYs3wAjMZU4RXyRAeaCFP73PIkCROMYLw/YtwDZQZ4yCQRVAIgOrSElgIkAXofm8HxAuQC2LShorqTJAGBB+91ERAUCuCdB99mE6QLA6PAQlsABAD63P3vHLQsAk3PSfx8kzwLN0a4/7hhbAHsnejUoOKMBP2CIxSgAhwBvjmwjM4RtAaY0rfNRFE8BZr+KTj18uwPrX/SBfCRNAqLmIq3AbHUALlNV/gg0owHCvuJJTFTtAzKUehdj6A8BTRDPLLRMcwImnsx8f6gzAU4I5PtDUJkAmpd3QUz4owOwZ+tSvTCdARZSXmhVvNkCmOSQ3BAwuwCDTP621wzhA04+xPYfbMcAXJ8fdzp8NQB2KokEHQgVAQ3jstCJbMMDSym4hJTccQCr6SDHC+/k/2l17yEms/z+X2tQlPmYWwFa/V/wvquK/OtXP8bPyFcBvp7qYLwcVQN6bvMCLSCPAHLLq0Xr1+z9p5gArIZcpwEbZdsPp/ilAbpMxLjCMIEDf6+ledzgcQPtDZPBS2DFAlOuFI45OAcCu2IcKOcY2wFZWSyYyNDTAJl43KgxM57+IgWDPxn8SQP5BKqynRDFAKIrmAbfVBcBwuX/s5L8XQBc+K5g8wr8/nNWQzC3KE8Bl46gKwFwYQI+RkIgCZjDA+C4LbWs9EMC8/A4EFLErwClwMVHMYOS/Ll95oMRKEkAacoqfrnoIwLy23/MabCLA7CDdVI1nFUBwDkt1DkgYQNuGIoJnVQ7AtU0DZxGL/T9qLo6sm6X6P0dGuvqv4xlA7nxV6n15J8CXJxbamCUfQHkwwRu/9xPA+jMRiIaKHcCkHlCvo0PFv5Hs+YicyBFAncP1hQ5uDsDJar24sG0HwFK8wcmRyA9Aqc1oTaXWLkAdHyuFUEUpwIV3x9+cyfs/B1aMK/IlNkBEtUGyyKQVwLKnAyBhGypAVfO49awTHEAPYpXeYyARQGYq4/OZWhjA2g7YNZhaHMAf0OKSCFQiQKxfj3ifEQhApbm8Rm1vEsBGi04YJ3wmwDLGpHioSynAj/hkRu1YJECzwRTvx278vwAcbcRtrvc/t3i/jdH6EUAzUqwo6FolwIVRGZ34LCDAzItnOnUr7b8ADou0w4gKQAISKA7E8fK/sZVmyYe2+b+CkrkSfMiiv4/wuh2MHrC/KNOi93Ntt7+4Qvf5S6WOvwSvefSQpKY/25H6X1kHF0AOqp4/oJUKwHwy9z0pYyLA1hU5jBDVK0CuwRboA/cjwK9KGf4vJSBA6E1GkhwgAkD21GWa+sobwDBN/KDC9yDAX0GI1eSsI8ChyzWontamv47QNP7Qpao/tSRPaoXXrL9L8RjS7ch1P4Ut1i5I0qa/bIoyHCKwB0AFLARyiswWwMnrJI+WiRdAUtlNo98BHsBb0hY838AeQAjh2fsf4RnAhiz7z4Hx+z9g6TU78YchQM2jRmNm8CLAkOMiIaxwFcB7mRS4e0EowDh51yTKfQlAQMPKh8SoIMAgvQ44ZJQjwF4lnI2FtME/UFrMkSVuKMCLYliIb64hQFey2DLlaRfAblea3CDJFkBw41LI1EsXwOAfaVoRKRRAR+CZ6fVcJ0A83SmGolkhQP1A4HSXGQlAp10w71q8FUCRGDyBOsPWP4VAEHbPXxFAo7CSycgI+j+V7XkidDwqwNApDXTDIyJAPc6hA39ZHECEMuGuimkRwJYQoxzsKBzAcAflugBDPsCfR1q2ocALQObBCrvHwTPAZN+sX/PF/j+Z4lA7pq8YQG4Iv1/Xxx3ASsF4ZjCkGUB12/h0vtgbwPniqcM/cQDAGO/rLj8AGsBcZiyKdJf6Py+K8v05Ty5APjFU7/qREsAkN6cmhzwOwBJTp/OR4AFApEi7S/Hm7b+vp+2qbAcZwAs3FXpIghxAsK93PTRQJUBrVzXQTxA5wOiASpqIShFAH+LzllM5FcAZw5HsuSPAPxXw7akwHUBAlUvPhvTNAMDvCjoqBaQkQJsx4TSNwRnAoJlu8uOyNMAMDk90v3ogwN9q054Arx9Aqs2WlLxRIEBs2Y/HZ6kpQFCG1YBrVv6/NF7UMiqoM0D9Ce95QboSwACmYXKfuzDAssr2WplNDEDoOWbXYzo0wKs9nTJHDhlAZVIcVjZkGcBFKwkmvh4dwD1AegppmgJAA+gx7281LUCRWQ7qvqT4vwgRfP4fFyHANTHJQ7WoE8CIOHj6+fcxwIi+2L+mWyfAFXOTlADeLcBMHmQ3+yUxwGG1f81MsyZAnjU3v8jkIkCEBUVIYTDFP5opAtPetTZAlTZIs37IBcAl242h8MQHQNtbpoN0gDLAuF8mUF2YFEDKo9sV6UD6P38dn+WyBCbAoRlS8YkmEEArUJrmVW/7P/BuReOMjjBAq1I4/9mw4L9rRPP/VUMwQGq5kGPiCg9APzQZwA1TEkBoY4FMIe4LQNRxO2ObcRnAm9fLYMaAAMBU0lNUmbcxQAOiqGulpB9AvztaKr0fEcCVl5fhxKYCwBDowu0ZqTLAg7l3v3waL0B0LQRkCtkEQMwwdUqs4RRAfW4hdwdGCEArI2k5kVAcQK7KA/s2YQnA/KmZ/I4gJ8ASoiBZRAoNwLGJuHHqhNK/xpIiOUNNE0Bn1Kmv81AcQJEYbpOJg/Q/5SAOxaYbF0DFy8mz4c8SQBATEqqrawTAujROEl/cK8CZQQV7pfogwMGcvJ2LYhfAL25k4cm6JUDI3gds0CwlQA/+MCtfggVAfoIY+S0sFUA+Q6XQcjAKQJQNHxnJFylACuXofxhqAMBZIVLKtsMowIfsPB/jYRVAXXjR8b5hLMA92KyTK10AQNuv8WfUFgBAgnORdurQFcAG8FVgUPAbQCQ2QcRFqyhA92pZ2pUZ+D/JrykjQ/vyv7Yj/kklqChAje0/yBMGBkBKlVsp4dgoQOn+X+sVCtC/l/MLwZDXIEBhDWuaKLYUwJ1D1/34JQ9A/Dun7Tc2H0CVwtuaCLQYwNJ8ercKDANAXarOtbmlKsDw/vD9k90mwLf33APtCwDAJqGOXR+AJ8CdWfzfwGoXwFm7/83ZlClA7Kinj4WcB0AQj9HJ9oMjQMK3swKR8QrAH0k76eHpBMA/6Dt+g6EiwBr5O6q7FRlAtQ/sJ3kfHsAYKPnKbrsDwN0rnjz0myJAIrha7hqIHECcytiR7h0IwMR9HNQxkyRA+l8fnPYm+r/NyoqwZp4QQB6GpvObpQzAZLeA21tyGkDXMbaXrLwaQP06Xo2NhBpA7DshGswgHsD2VEk/QEz/P3qmtoovvwpAdnz3VKo0M8DfPrd+P3sRwMasshVDheK/iTs7rZz8M0C1rEDYqyr0v/jzb36qRSBAjMBDwF/CEUBUW3y4L/cewCqGWQPXXw1A/J4e1gNTG8AceWd6v0QRQLLUIS6bTDzAebTdNmFRDcC8rWL06c8kwGMsdg7vzyrAfhjYxOd+GsA1U13O+gcSQOuxP8UB0BbAHOVCg3+TDkCXx2klctz4PyFBBWWhfe+/nmn7VGspCEDhIMduzmUPQEFZ51PeSh3ARChO2nJVL8D89badh5MVQHqKAecIjChAqz9+HH0qH8DpKwrWOM0nwK9I1T5uHCtAF+MMU9UOIMDvk0AAYFUhQDEzRJTiYiJAt3bks8LNGkDeztSNfDIGwKgA9sNiOPU/90LyAxXuKUBQhEyQ2tk2QAtFiSp8ZxBAtSxOhKOdLMB924fe40fyv627ua0lwgZAZmK23BPq8b+hLautQLYJQEwooaB6AQTA6J/L7c9Axr9bRALIdYEgQEH0EdMY7Oa/x5LPWUt0JMAggVEATRcmQAsUGhIlaRdAHYnBQXOxKUDoVyyvV2cSQDiU2nN7oCRAEMpjc0XqIEBStkWNoNkUwPX0l6nr8ChAOLjpHdJ9IMDLMk9lxjstQCEnGcAv3SFAL6AOu8mrKsBcOb7nUIIgQKbv1cp5+zXAxAlyq7Tt9D8tQzfKGS8gwFuHWgyihxxAxq/PZYPcIsBjnHUrgaUjwG8eNciThQDAVA7r2iyB8D/VI7Nr3zoJwEbDgUEhROI/iPcsQxEd1L+Qebl67bMpQPNMGXXbsNI/M7oNA1BpEcBExf0g0vIlQOAwV45IvwLAJuz5w69qFsB7D/utwRAOwKks+gs7gBPAbZt8uO2/FMAsFq/s41USwHkqk0Q5LBRAKZBdg4EAOkAGBfjWi0cAwJ54pPlMsQbAU45Ndm9aAUBZcKCaaDcHQB9TFI21ykDAMxzYP6Lp7D+9cFoWDGEfQHRnvVA7bxRAZ9NfA/LuDMDI9kjudvYrwINOlyA2qRTAfj8L150pCkBKEKtXu8D/P34DbVYxUh/A9p06AR2KIsCKpWjlrMEwwGVRII0rHhrANO8nM6ZtIMAogQeYLaIjQHCjX/Ea1CDA41uXPbuWOUCvEW8ziREkwBuYPUhL4SHAORNagKbZB8B29kmTYwoZQIw4r1tWqg5A8g6fYQKcLMDEjLlgg7AiwEKDliOwHBXA5bPrUrK2I8AjcfX27jENwP6f/EVfPChA9WhOMA9pJ0BYaOtmRvswQBqVSCCmpRvAj8/9WHRGH0DLwmExWXEuQLleHA8N3jRAUEa7oDAVAEDsub8WPR4twERpsQOQKiVARRBipuzIEMARl1VsrMTPv5wkS6rj7hJA+3jwrTMnEkB4d6SJKNIAwApOxxbMWCdAkSallukR5z+H4w/H/LQnwAGX4lsceClA3vfsmUlXL8Dzys4h4fcQQG25eZASwSPA+sKbxTM7FEBJEwZ5ccX4PzeUxHQYw+s/afaLaYur879JC8vWkkQ0wN+aVBCZCx7A5AilBteKHkCaBLRlIu3sv1+SaE8BIvM/nuz6iDDKJMBMIFhJaUEEwHy+yWq5sRpAHQK3h0cCDsCTfWhd9sYgQI8gjI7GxhhANN+KD050JMCSf7eT1qTzP+Nm6VZTtyrA9/SQ43R/87/Y5hX3kw0cwPtqAnw8+SLAtgGvKZ6W+L928NrvqKriPz8zhUscvy5Ax0BSPY6n97+ZMWJcAFkiwLDaih3Cfvg/LZ4mzg5Wqz+ZJJBG5/GSv0CUQYZh+Je/t9xZGrkImz/uob2YANqmv88+QlAvjDfAEcq/kkG69r9Ox5KgBysCwOf60mMw8yvA96PYxVU++78XGZPWyf8pwO1NXLI36Ow/b5YgWeUTLECvIVcTB08hwKORXczOEjLAitQanWNkt796eCk++vaSP6u8qI40I5i/7fOcFilimT8Dg74bAFefv8UGk4YT0gbAYSSgbgKWCkAwYBbr1IgaQPdmREB7LeC/vGZ7KnoEI8DNYb965QPrvxfHxcRF8Om/UcIYRNaO3z883P6MO1IQQOUyx2YAewNA14w/JH1+JcDfJOgE+4oTQKnC9afe6QLACY8cxItmFcD7rjv3Y3MxQEAjzLtwLShASceL+P1sEUBadArMYDwjwHjJ0YCknCVA5zYK2dc4AcD0SJJ1imsVwOAh9+syCgVA+VNLye7NCkDPldL1Q20cQD749qJb5hPAQA01HNT0AkClkvhyZLkowJBD9aQOKzVAOkJqUDVcBEB2qwaO3mYJQMIpW/lwSfy/6j6ezXuvLMD8zWEqTjYbQCKJzA1lpilAUXQ8+5lfAsBt3ecb7qMjQOwVdrtn+hPAmECjqHeFIcBPdaXlQkINQE/kLRZlBBRAronqPmTBAMCZ0vrTKM4pQEfvBZexriRAGJWRPhehBsDgoHK3etsowBVehRWUDwRAC7VGQop26T8C9iNdqnApwDW+QmlfSBVAsiy49K4GMECMjZqTbvMswLrKVHXkbyVAQjwqLYTkEMB99Y+9emEewBW+ER2ysOW/OJa9z2aSHMAJgzR1olszwPKG4nu+oRjA5uQI0m9D/r9Rj/7w5fgnQLbyBXU0PBzAyY0q6OnsG0CpSJ9BousmQJS4lzBTTBFAR9XVH5R3IMDTjtWzAQooQDzBskqB7S5A6Y37izGZKcBKvw1lIqkjQOUTTjEiJybA8lSQoM7IIsAGV0/h8KkzwImAYEj0aR/ALgqJXt8UAkCR5Ayqsc0CwF2OcU6MJgRApA3dVf31MUDElWW5suAmQAC47bZWZylA3DJPfMDLMcAEwNvNVjQ1QEL5SKSFLyBAgUFasodyKUDddjytFOnKv9i3DxLsjhFAtvPPZ4k2LEC5rhSyQl//P8/hHW1iJvC/3RRqnnNUK0DcM3WS39YXQJhINa+h1ghA2/v4M7jvLMAFLYg6+PIhQLjFn+Wz5BJATBPK6nP277/dm8Crgq0gQCnyeNMOKdw/Qt/mNZvoF8COd9k3bUohQJdIwa1oNCpAq7f9PreBHcAkmAsK3dkNwMN7XQuc/CZAwUZOHbNuEEDQT5B8OiUCwLa+rtuCnSfA+bS/4ObCCMDNi6XOoVwBQJ5VhGErEgVAwPF3zWZa8j+yhGvtH7MJQJxoo7Nyhh9AN5byDECiDcD7nNHQQwElwGWQkiofdRhAgPTEo8dMO0C81NT1/6QkwEkhrX9qyChA7vPq+2aHBsDB46Rz3QEBQGgjbcciZiFA8JEbDAHVH8CixpaJUasSQMJKOIKSOybAvwbkdg6xIEAlDqwSlUEdQIlV91LYByXAD5DK3o9YGEDqjT1ZpzoiwDgrpcsIKBlAushAOxmwCMASucB4ce8TwMhI7jlj6BZATXW+NpbiIsD8BgCyv6gewMEaQsC3SgvAvow+8AArL8AhmH71c0oWQAEUuEgEIy5AUlB/HY6ZEMD83lD5VR4SQNRn5T+4bjPAOPb+iZDZNsDpMpIggXQfQPPnQYOwFynAAnVRnJK/KUClohxSdBAcwCrfwFSDahjA5QJYbN6BHUBniuUA8XczQHC94080gPG/KD3+QnJKI8CMFDMU8ScfwMOmzVF0dxnAuW0VUMiEA8AXJfIHmM4YQH1G4shVEAXAvWotyTLeDMAkmtqI2pXwv+Q8kO8yliRABJEFfp1RIkA0F8FSt+QSQBBd5c6pXfG/THOrDSCi/b+1TJ4ZiSItQFUHTDxnpRRAMrih3SvcAED8u2HzUPDjv1QYwp7v7gBACuYr0M+MC0DM0A1WfEAIwECl4PFCWw5A8HW8bjRaDMCPNCQoqHQswPedQbBq8OU/MU8+qMQvFEDjDfrCPHAkwCCXqtDLYwNApVHoDr0X/D8LxqHdif/lv02yVRxKcQjAqbA7Bv5VN8Bs6axrTVfjP5M/TGH2dt4/f3xwg5KjEEBr6k2mgMcGQEUT/TOjxhzA/NCU4m+ZE0DRDn1zYeQiQFG+SbRL/BPALH3vjFvrCUAw7XzEvZEjwFuv5KYJtCDArnZrDQSWNkCUU8tMy6keQBB3p31GSOQ/ZUQy4SHELED0/9fmgXzvPy/FB7yqszNA2RkXCRMdEUCqPl1YjuwUQIUeyjyHcxBA+zPh7MctEkDVbP/w1C8pQDPXM+NhiOm/GYHNHqNKM8BooRvOTdY5wECLdtu4Ov2/t5XZLweGB0DqtPsfewQwQPrVvg9T3CJAvQGmSM1fOEDbTwf1sOn9v29d2RTj4SbAm+8huIMGJkDUHdOnE3T0P+VnwnkWzihAsQ0pV7bMLcAqBQxs+4oiwPyStq2mfSpAAC3a4QgE+b/qPKcgIHnkv4JweTukHyLAtf82rN1vAUC9aRTVaisrQPjOUGmVMhnAd0q3KVnm9T+HNMN/unv0P6w3J4emdBXAGbaHFsp7McCX78Xw0fwWQIC/m1aflhhAHiui/toQEEBAPpou0B0iwHCJZVBr6h1A3aQW07b/JEAuPCZy5sMfQP99hKbabTXAkeUh5cEaHEAl82S7eYsOwFuwADuDcxdAJsCuix2/FcBrGSjK9u0VwJvQ568bGilAjOVC4UuXF0BYjIpmOjMfwN9mcNOMnB1Ay9uewLSnHUDIKMbDfoI9QFAhUYmKOSlA0eZdtcE2JcDJX886BtIkQFXZpX6WWClAHWV2PPWlJUA53nlAGGcnQFd+gEmIPdo/fad3kk26FsBSscHZQoMuQBcWaza1MgJA7VhWsRe1JkAgVN8JG/YiwPEXMiBy7g5AEMWI1U5D/D+YIh2U3PgZQD2n822QTzlAFnakm9Q1PUBMEA1pyIwqwLu73aEtBvE/SS7pAlVeFkDIFCPf8Cf7v0evO6ArGBNASN5ei0u7BEAPJ1+hh84yQGB8vQ5rNyPAQltNBKBfBsAM4rMS6LQxQHY9M2SshATAR9NzVBq8EUD1YzxtckUiQEeR3m5cjRtA8afVWzzAxr/wQl+7wAYQwE6awwjkDB/AHBgPP9e6OUAFq1oiEzsbwKSBwtaCoRXAQ7HZm/s1IkDH7S+Rck8eQGzN7zktRTjAGD12RQKdx79iMpkGXfgkQL9Oef1PqTDAfF+PE38V87+jZYduVKohwP87Ync9DRRAUkqtcrTe9r/G1VO3pv3fvzJaMPx2xwJAnea+2oI/7r+nb8VjDsURwGSK7Pq7UO0/JyXabSHNGMCz/srcUP4KQPqmaSRaZCrA5RW8IZulAsAhxUzyy9sAwAjcf2IFoxfAkpZPdEO8IMAU5Lls8XQVQBFqWSrU9QnAlkZOnj9IDcBAeBPAyiIiQJmFkRkUohpAB939GerjFcC/H49HfTT3Pwfgdw1s6ChAbj9G2dZUJMC/UTaePvcpwCJXCMZQFQ7AgX5tbXdPJEDk00hjp/8zwElMIV16PvE/k3rU68LfNUBmkig5Og4KQIeUCMNzzRxAcsuSwSPHLsBlHulOJzwcwPErbKyb8Q7AuISURfAGNcDLW2XDA6UpQCDQj7ftkgrAyfnGrJnL9L8/r9US2t0cQN2v2OkLhDNA+7N/6S/RIkCVogry10MbQKkQyXmuVSvAMZ0c7O9U+r89kO4sy60xQKEIUhNLuBDALUuanhWk3D84PDeOYeoowMWyq3MZliNA0VmCtcheGEAbGuVW1E0iQCGWFQ382k4/4vjZizLilL/5jXJ9cSV4P3+z4uyq15e/kjLEkWJKpr/9D54AMfcjwH/t2XRzsyJAKD5Dfdld9T9Z8Vg0d1QRQFvul2BYUxVAcKQAuuC5FkC+4zah6GsHwAMaamVzqu4/vVE3z2FnBcA2Jp59y9IZQHjMh92vfbg/7eg2bhnUjz80MGMSAemwP+S/pGCUOYU/NZDEFUofjz9oUHFlXjw0QH1qPA6SvCXACtQpo2VMIsA1R+Nri34gwD17T1keNSjA9k2L1qJlHEBLZLYvGN8EQFRMugUP3Pe/nMrZn1eUHkAvbL5lxbkxwDg+Pd/CnBtAy/LnfEtSJMBgSnS5ApUswPy+MPl7cSpAPk4aRpxBJkA/5mnjiiMlQHAbC103PyBAXAEjO8w9MUCUEcvw3WgvQPs9n9SDaCLAMF+I/mk4NMDTN0w39tkWQOm1AHDuGApArnvnqTs7079hXBfWB2sdwCG1xMvNLjLA7j9b4lSyG0Crdmid1MIXQLIKxZMCBTXAJmIV4VK1AsA/Z1yGBqUSQPUk6kt/VwnAFqfFDOFYA0CxA8tlmIAzQOPHKbkiBB9AgiCaCZVK9T/QcO/c/qwfQEuQgkq3wChApFhEL89n9r9g0bA3+ygxwChyx9+anf4/YrXOStrwJkCjHhm0Gs4cQJiMKu4nOCXAb+doHJeHBkBR9eOfClkdwGmSPK1rHwBAaU7sa3rGEsB1z8eJZL4jQBUXmkUEmCZAnzTNbbhA77/O9+Uoh0AQwOcr84mYMiJAtYYHCgc5K0DS23/aR5PNP1uVY2e7+gDAqWspacSSEUAIjI1tFDkgQAqMz+1IQgdA4DoYR2neAsAARNNcRX4TwJVYQ+DOLSJAthSk6RSxGUAfEn/dAVwOwMJily0IIijAg9UlTdjXLcCB4y8QnGgpQNN3JVX9Vg9A8vWiEQsY3j+HAEPx8gs6QM+p4nCmsCZA64Cmwhl0BkAemIXx+8YTQFqes9VCpDVA5eYM8ZZJwT9oBA+G5cgZwL2lBVQSxjJAnPmZuEe8LsB3NJQ55cI2wLaLXp/BCgJA/kbc27LAEsDEYQwwgYgVQBVVstH4fPC/3aqssy00AcAulgMDAxggwBktArWMnxPAGNoFh3BvNsAX4372wwsnwMJFm8XC4yNAWBg680BfMECFy1vf0rgnwNBCMEwbdhnA0kcToCajGECGUn2uk1nwP7bjVJ5cQ8Y/MbwUNCDd6D/Q6iyqOjggwAhLB5CacTPA0+rVUVVoG8CXLzYUXxwlwCUZJqULR/I/vEspy99mDsAsqsGGOCgVwJQJs7w+zwPACyGo9G/ZF8CNh8e7ZOYeQAi/Ymtw7SHAE20cDQfYG0BXMeyKkKAWwE2Wry7hpA9A7UgAVrisHMBdQAWxQ5oNQKy0Tg6BihPAjJtzEC7OLkBqy8oLT4/Vv8xbDIMyTxrAaP8T3FyIHcASOHyxK5EjwNpTyv9ywCJAK2zE/Gj3IEA=", "shape": [5, 73, 5]}, "right_plan": {"assigned_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "eps": 1e-05, "momentum": 0.99, "num_features": 73, "use_batch_statistics": true}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true]}, "rtol": 0.001, "several": 4.0, "step": 0, "summary": "BatchNorm1d(73, eps=1e-05, momentum=0.01, affine=False, track_running_stats=False) on (5, 73, 5) float16, train (grad)", "torch_plan": {"assigned_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "eps": 1e-05, "momentum": 0.01, "num_features": 73, "track_running_stats": false}, "param_names": {}, "target": "torch.nn", "train_flags": [true]}}''')  # filled in by fuzz/repro.py


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
