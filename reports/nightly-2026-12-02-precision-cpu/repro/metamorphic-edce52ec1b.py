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

PAYLOAD = json.loads(r'''{"atol": [0.15101606277753918, 0.15290603384657392, 0.13737931295241806, 0.14610873497969318, 0.14101403407800758, 0.15492936689787626, 0.15755872684159558, 0.15279038266010672, 0.14630158281701602, 0.14746674841705615, 0.15248256969824106, 0.15713331326480412, 0.1335506280449158], "case": {"affine": false, "bias": null, "dtype": "float32", "eps": 1e-05, "grad": false, "grad_seed": 426, "mindspore": {"unmapped_init": {"weight": [0.03618404641747475, 0.39054977893829346, 0.07149575650691986, 2.833118200302124, 0.6894188523292542, 0.40970098972320557, -1.2792797088623047, 0.3270687162876129, -0.1948588490486145, 0.6603480577468872, 2.5826549530029297, -1.524687647819519, -1.1433699131011963]}}, "momentum": 0.1, "num_features": null, "omit": ["track_running_stats"], "param_dtype": null, "relation": "flatten_length", "rules_off": [], "running_mean": [2.56074595451355, -1.8521031141281128, -4.492861270904541, -0.5060064792633057, 0.44984740018844604, -1.7356822490692139, 0.03598184511065483, 0.14332421123981476, -0.1479637175798416, 2.344135046005249, 2.8810720443725586, -0.2609901428222656, -1.9661195278167725], "running_var": [0.0012834876542910933, 0.06183510273694992, 13.544297218322754, 0.2324352115392685, 0.004606932867318392, 132.68356323242188, 125.75153350830078, 787.9231567382812, 0.003313807537779212, 397.4312438964844, 0.22598223388195038, 0.24505645036697388, 1.2252442836761475], "schema": 1, "shape": [5, 13, 36], "steps": [{"input": {"offset": 10000000.0, "scale": 1000.0, "seed": 711}, "mode": "train"}, {"input": {"offset": -1000.0, "outliers": 2, "scale": 0.001, "seed": 48}, "mode": "eval"}, {"input": {"offset": -10000000.0, "scale": 0.001, "seed": 438}, "mode": "eval"}, {"input": {"layout": "transposed", "offset": -10000000.0, "scale": 0.001, "seed": 10826}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "metamorphic-edce52ec1b", "kind": "metamorphic", "quantity": "output", "reference": {"data": "s0fpxoTr3r+xfXd79WTtv0VWO/qQAt4/KdpcjhI84b+igeRpdOriP2QMuQmYT84/OprUu90l8r+kt5tey0XhP3jk51zAgNc/kLrLGDb+9b+Qi5oBkDy2P9+4BENMGfE//EaR2SzKyD8XfRUPA4/mv9paXNXOIdo/RoKYVjOE6b9ljOhvTanLv8a5l+U3Wvs/M6NEq02W9j+uEYVd/fPyvxJQL48PgbE/lJsY2wHc8z/iblSM4B/9v1UT+rIaFfg/O9kk4IrT9L8p+tA0peXhPwC0X6ZFK++/N87umLUJ5j8/C3DxZUngPzoLR7F/Z9A/fiXVmOyl9D+Vyi6s5TT2vzyz68SlF7S//4gxhJP94b/IAWisARufP5GfhL59wea/rAExT+/Pq79YwRXftyflP8rxBtZAPPS/Q4i5ezeT9T89sSLquGrTP6qlL2eG3d0/aYUczr8L1b/+qhFfNQa6P0s7w3I5Quy/SycBmpNa0T9RPYNga1HnP76vFFJRmcQ/mpyBeIdF2j9ga33zgC0FQNsJi2RIvMI/aTjUhSuf0D97HfXZrb3YP1JimexNtuo/d/f+VjLR5z+9bTJ99uvIv85goH8bB/Q/rPbK27UQw787tD4aiA3Rv++9HZesque/q+htyHpy8j+KKb/4e/jZv0rDUc7x7v6/pjbtwt6u0z+fhJFNEK+6v3mKzpVWee0/WcURBiBS0L9fx3ruHsXlv/OkKOXOyPS/OF/+gyNMtj+LTiyKkfniv7BRS6e3V+K/8yTxCUPB5D/KuEIfEFgAwMpG+7b0I/C//cnY1EgX/D9T2UJnbZLhv9r8ZBz91uq/35HbcKTv7z/QzD7mRIO0v+tet3V6W/W/2GPXgjTb67+3UvMTVPv4P35sflIZTte/ndBMbLER7z81CZ77By/Pv8gOGVhi9PA/BykuoXGO379uAw3aKufXv2mZD0gHwOq/eGLUB7xI9r/WCGXVZzHoPyy+QkzHwtK/er3/5bxn97+JMy4buqoBwGLo4PTKhPO/RoZ78kaL8L/blfK1xdLpv6gogxlppu2/svzvnhjf4j+mC7r2L2Tqv/ZWDD3UuOI/04mYhIh48b+mLrym0sjZPxQlOUs+OQdAhKBJbIqa7L9bn3z7NfjwPzOTEhLil++/INEZYtuA3D/EXPsn8rbnvwOjUIObMvC/tKEAsaqX/j/LrNhTzYffv8baRH2egea/fWbQwujBxD+2LZntOcfnvyDRGWLbgNw/1GDuwMpqwr/tucr7Xf34v1yfISrfM+W/CdczmyRC+L8NAx4hOmDkvwCkZAvF5/W/T3C/7yZE5b9Z/YqbBEXbv2KgriyWduE/yV7Uu1zlub9QXxc7xin+P/ZUm2cTzPM/zw0UDf7b6L8nPZVcfBvZv2t5gaB3KtA/RmenvglozT9u2xoJ3cr0v+AtE9ipsfg/QRRfpy+B87+epGXX6avCv2H1sPC1b9a/ya/V275Fwb/GVkmN9kvuvwAaERSKuOM/YwX8zvMAAEC50uSOHmPZPxf1kdvvH+a/2zFUR+hi77/1I7V95S/Nv+Y4/VYqJNs/AuBXGswL8L9XXqjPsz7GP9qQy+tvH/C/ELd3mXX1AkCMVvXdb4LbP82//tdTbuS/ZorYKfOEz799I3+O/S72v5reZPNgwOQ/ijDz2GW8xj8km6yhQvHUP0UaalM709m/ApgUHCy4+T+ISl9oI+rhvxH0rURnJALAPzmjhmYm2b+O3GjF73KzP/uEJPcTAfE/JLlKWMRR07+KyP3lynrjv8sweGsJFPI/3Fv5jgZW1z9MvuoTUHjmP4/nFF4cdu8/DQhCk64Nwz8XJr6OVhbePwo/vWRISfK/nkXPyiDo+78eCq3jMq/av9P4YR3G5eE/wrlfZ87z7z+IS2kH4DDJP38RHOVNJL6/bc3dImTts7/8fhxRNKHhv0bWQ2fMs/2/dehnRcYwwr+SUP04KTDgPzjzlEBsYs2/TJlQ1AcqvT93By90dxrUP/I6+SVa4vU/2XXN6XgLAUDdqvs+ycDgvwbrhpO8O+E/WX8J+kLj3783fHuhf1/ovwI53ORFD+2/2FYZ6q83779H/34bhpHxP6Z4UaKhIfC/x3XvwY3E2T90JL3FVSDqv0pb7buQCvU/Lnq5KgMqt7+bqC7N5ALgvx9+5AP/LNC/35Ezk+Oy0z+8Rs6coBvyP+gdYWsQb7e/sufULfke+T9nZY8Qq7Lkv4/2cesaM+E/PoqU8AAF4D8f/H499ez9P8HYF+8k3wRAShMWHhH32r9yks3im9/3PygrXgkbsfA/kqvW/63A1b8BxlSR0mhyv/XqWRvSQOs/FfTdcTv16r88h5gy2rnVPyvVimzriek/pLwZR33c778lS1QCtnnOvy+Q7Ze6seK/gU7sEkEL7r8oszcOAq/qv9i9mHXvDM0/dH4VWsuM5z88QQiFd1/oP9el8GqoV/O/qPNzLXgIyj+WsqSJjr/0vxHIeGvzqOK/VqGZpfIy3L/ESjxXNR2hv6phGuLc3ZK/RJL6FyKfyT+/qMvCvWTev2udy3Sro/o/XmWzcML2k7+fkLRANZDnvxmQhNFRTOM/sKjg3D6v9T9IY2GUOfT0vx9kh1ic2ARAGya31HVy5z8qJNOUvof1Pxaxh/JRs+e/bkqYPZKHs78Qce3A99n3v81xJ2YFfMk/pArlam4d+j9eozw7MtPjvyRMpeW75si/uD3aflfWx7/ij1/+RYDnP168SdksGcq/j0gVjXwC5D9cwVAUxwjMP96eSLCTDPM/I0MyPFV/1L9iqd7g5IanvwoNN7R/sM2/Z1ht/Y7Spz/Titi75xfPP4+ERmE4Z/E/Ey5wSuap4b+QQdga/NbQv74d0uPVgd8//U8uFYrB5L+N0BEqiKrgv5E6JjylhcC/iP6p0F0K5T8hWn4PQK/mv+9vAUDTs/S/XqM8OzLT478NyimO156eP+nhF7WuZ/c/vv38PzE24z9oc7DSb1S/P/lbXJtRKLQ/BSn/Ltv1zj9tvyV4zh/kv1fqy1ivxMi/IuKm+vG/7j/EsRF5EpEBwDtdu2zAgPS/1vlt7souAcBQasuJBTnVP2ajLWmrDKY/jvpaCdL00D+Av2EVwG7WP7tmunwdRce/Y9nL7E1w4b8MVT/fKFLpPy3Y/FlZq/2/MfXXKt1C8T+sEtFrHnvqv+El5qacauk/XCQxY2kq8T/cY0b37tW7P8G6tgk8QO2/HBdPvE+J+D/QjI8axhz6P7fR2XcAMfK/Gcf22LM87T8lfHrRM0gFwDWZdARbuQHAhcQsZT8a0j83nKiYuSXRP8NtrAH5GeC/B1B0j6mm7T/PkRJazQy0v0Qga6GtIvc/+GkT+48y8T8TxO8Hb7vVP2IQivLG1Oq/kiu+XeUj1D+uzijmhQvbv7D+q56w4tM/QAw5Xejm578Plek0Cz2+v9PssDHFDtM/vrbNe0jZ4r+3wUJZdEe3P0DWpUCNI+m/BJd+avAY/j8KFD5dtPP5v5r+//CpG++/aUvmfgsmkj+nOMx6ffL7P58+2DmI0dg/luYQsoc1+z9N0Orh/bXmP2FY/ulJoeM/10Lnywrq6L9PKx7qixH0P7KtmSwHbcO/zkMW5MXz6T9Js1hAox3hv0IlitnHxOE/0LQ1B7ui5r8NNKqBo87mP62fn1Laeeg/1Axy6iiq7z9MxjCUXgvfP9/RaWkMHrE/ENGh2mYkwr815sMGGQfcP8lhEeLyuOo/dumG3lQE7r/UakUxNCXKP66G9lZq9e4/4F8EEvgW8z/nsguVNO/xP7Tyw3eiY+S/5ujYL/iI6T/vRX1eSPrSP7F85E/p8Pi/bLKvjWAk9L/XuZLCoGH6Pz0DRJ0XId6/0VAWHSpf1T8TZ7ugBFLRv+lI3YVPVq8/8wejzrxW8T9Ch57TjojyP6iWf7EqCQDAFmqSTPNr2L9zzr+2VMztv9TPyKywaOu//zTF8OTuzL9QQCD8AKPxv7QKq4dspdM/wqLuYgYX8T/H6pZHITrXv0AvIME7ou0/DOgRcDVAAsA3gbphov3gP77vujj9UPY/qz6yn+IE8j9n/MZrZ8fTP+CbYTvGKfO/3ZBPpfWd6b8oLrJLsV71v4LGKjaGJMw/Oo93vFo29z9mpFKMHMvnP/NB+OSbCtS/z6sdQGZv1b/PqxMNXoX8v7cNgjNbv9o/IEztBZSA5b/IbsWWkTTxvx4HkIzsKvK/qhMHVTZ7or9LfRwi7dXmv3kYN+YPON0/n7i1+5/Dpb+MRexFB4vmPxcep2Kk5tU/CclWz0cw3b8iQwaF6wjyv3yczEl9BPU/2o6igJZsrb9JN4fropgCQEEz5ncb88a/10tS1s8p87/8fIzhiKCwv6/MlyDSB+C/EccnpD1Z579U5oAxj474P7xh4myNCfy/B05yh00i3z+6BSyKY9HfPzUa/BwiMvA/qYT1ue3R7L+8QrQHvTPqP4C+LR7cRey/RVlSgHZ/0D9El65KFyvkvxBH62x7+/A/lrRHcBJS2T81GvwcIjLwP2PkQDPD23Y/g+J+Uc7g5b+SP2TuUUXfP/Y4ICV2Tc0/4rYfs4n3879W2G17g43jvwUWF4Pmd+8/5FjjEJan2D8i+n6AQen7v5qoMsHLhPk/I3EgGanT4r+ozGnjccr9Pzkg+o9Ctbs/n88L33g64b++FhO6lxDLvygZmo+sRLQ/GlLaw7ms8j+Lk+fBk7HHv3vTmThj9dI/VctXw1Vl/D/jdORUXjjlP1O2E2oDH/c/iiFQ3vTdpj9HUSIH3Pjiv055j4nWbeu/SrPOWNyI4z+rNP1BoGD1PwIg1cjyl84/xJLHNoH74j8rdTsIGK72v1seZU83MO8/OSD6j0K1uz83kmYtXb3Uv50ZOqpUFs6/2DNFhcKs5b/7IVY+/lSnP0Mv66P6dfC/0VN8Kd9s1r+Ai5GBhln9v98iHtB6f74/SxZRiCRdxD+rEBojL1Xiv+YzKhTdV/W/LR+2rbpGwb+EybBoryoBwIcLeOd40tM/AXxui+aiAUBUMLXka+fxPwJoCm/GRfU/kX8imO9gZL94ehaLkUH1PwpS/KGDxa+/UBVFSs3I4j8OzE0Grc3ZP6w4HlxNWt0/IpLOLnMU+L8gr4lgxObxvwC4R1V3VtS/6C01nDYE8r+/VX2ON7TWv19rb9qzLf+/CILi4Oy+xb+kR24G0kXvP6OxtKYkjgLAmdVk87r+1L/VNwZ6FL/iv/fH9+Jm7L+/KSJG4hU86L/RQpe1TWHfvymWjJK7vcq/ZZ8TfWXQtz9hR49QpZ7rvxXbGHHkXtu/RArfxX/gAkDwRObHidnrv3HY8KyML/o/lhm5I1w3+T8/AkCwl0i8P0oQ770MevE/QiRhtcjD6L8rTn0hHnfov3bUZt6DAfK/z9kzq/0Htj8OKw9r4UP2v8DsP+N0rOO/QazvEIFw+78fV1XSjqvvPy0q8Iah/ey/RY9VPW4Awz9Zp0A2Qb70Pykf9j45h4A/Yqfpegp2xb/HcNJhwYLhvwO0kp5rRtg/T9/mZJpn2j+GXWlKacvqv7V36iQAqO2/kCso4Xpr77+oEmAoYjXYP7MbI0KW7/O/1+M93Jkz3D+l0pT8b9/2P1tY4URE+tW/sI930nZbB0DhgMVWwD/Tv8F1nsuWyYQ/3Ua29WvP4b+qux1expLxvxIubXWuYOG/KmBv8fUB8b8UP2ojuEHkP9Dzb74/r/k/Nnixpf8H8j/+7PMzkLOlP8feNA/QKd6/IYEl22gb4L/krc/xCavQv8eHf9/uCgZA+icK1Mb5xb/EBmbDsM7pP4JF17698Og/uyRJnrbmz798GCvEvYb4v8SV6KDnE7O/zKEmlfVC8b96Ve68SS7gPxwXRIZ0H72/S93WWvJR+r9gGBC/q47rv62aaR/WRN4/Kdqii1whzD/xaNMhQEvRP2k4ZA3R89q/325LImp12z8Q/EIzsRzxv57dJ2ooOuE/iWN7JgMB4b+60b9kM7TfPxxdSOa56Nu/am9g2ltj8T/3TzTtLmHwv361s4OEcZE/tvhm+I4R7r8K3/a+27bcP6F3VMYsa/a/AdJEmi6y0D+m8BIcP2HJPw6NZAeUfdu/5ox9KEebyL+AMIWuZTvuP0nADTi5D/e/5A2aUC8lwb8eMhSqCH6/v9zzfSUlN/c/qdwuv6ez0788vs/gWEXyP9wxgC1RHPs/6WDiZwkM+z8K2taPrY7Kv/4UF7wrC+W/325urVNM+T+fBr6nhGUEwJ3JIt7NfO6/EW1m9Adb/z/Y6ZuT6TzfP8q6OVkxTd8/Qb1hxcYe7b8Sz1nw1Wzzv7ajRfb+l/U/ITwIWsXYzL9rkN2h9zXsP4NApaByyvO/gyoDlLMC7r9zElfu44/5v6aLmVAvJeE/3H3RHGBm6b9xwxjjQGKzP8jqNO9h3vK/ZwdC7VnE9D/xUe8KEV+rv6Sd+/lQg96/+O7e0BFY8r8MRHn24/rkv2nt1kVnmtG/tsjw3mEI3L9be9TwsA/av4qqJX3K+76/kJjcw/xd8z9H7gs2HpX2v8gj4mXHLt6/hRv5hJtx/L9/wl51RQDvP9WnH1T0OcS/iV3gaihN1L8Lgs6rLh3bv02x3ewMjX6/AVUD1UXk0D+kul4cyEfBvwAcD7LmwOk/DL1b4u/Z879AznWq9R/1v4qLxzrZS/S/jJyfyK088D/VqCnzsIDrP/jL+EKrs+a/MnTtZLXg2z+up7te6Yzrvw/ty2Q0mcA/WpWSw2DO+z+EgVVk1BnOP3qzoHfxe9k/Rw5DAAKPxr8iBuregdDdv2WOe2wHsuI/H2Z7g5Ss6j+roGGvHW7cPzuTafBSNvG/mTpTVV9v7r8VuQcAUk/9P359tBr9ktQ/+Mv4Qquz5r9OYJcaJfOnv44JVleyA9E/aNTVI8RY979SOxEUVNjPP25X3n5TGN8/JaLuDl5i8L/wfes76kfrP+i8Y83sr+a/E437sZ3v9L8W+bEVkYTjv5dd96WzH+w/o2uZjt4W6T+991lpIJL6P4ICn3rJYQFACEAtWduK679Iy+Ar00XXP+H0PsnuofS/SAKYZFX0+r9W+ElDrya2P4i3kZzuv9O/E6yXm2Ml6z8BNMRNg3e6P5Rhe/LkMvC/sDoPB3Kg+T9nMzPHkHAEwNZjSGTJ8PC/4rf1q1Ow7L/9L6gdtBfqv0iTUVE8Tui/Z4JIp3Rs9j+TwE79KQnMv4yzDVC9rP+/sBtzHaxq47/2ZaDGuY3zv22kb1/XJdI/LD/1C6YW2r8HnBJgPLLpP9v9NRhCQuG/JP7r2m3G0b+6BU3pwbTmv3bygECVk3+/ApaZV+Bx+D9LzRPGu8n7PwWmH1wxFPY/BMTeXrMI0D8TcHjIrwfoP1fHmyqd+PS/yglEWrlG7T+U7OUpUGzFv+pGiwTtHNm/up3GQS1x7j/2UuDCZoTjv18XvGBIdOK/Lkpd6ldX1b+YAUoWGa/EPygqUeG1Etq/DJ+05+DA+D/Sv4Jmf7HsP83iZYgKY/A/0JHWCvDO4L+heGmapczxvz7XOoibhew/6u0wNLut8z9tlnvLtFTyvyHhdmT8i8Q/ObporXJZ2z9y6OJWp2bjPy00WZkPKvM/2HlwmQYH9j975LEQ0CvQP2tadfXBYfc/+6ENIOB9+r8s94BmHXPUv/NlIhVHj/S/ouX/aZ3o3j+/fl0lOUHlv2OVeTgBv9u/A5lzIoxB8D/eWj9OZN7xPyRK+kH/hNo/grTJp2js2D82tT9PAQW2P4QduAppT/U/+qKrvDBW9L/29Z3QrRDhv2GM8GdHo9G/2FUDo5GM579R07+BYlj7P5kc32szR9y/H9FFnMTa8D946efe7jTSP/0cpbwi2pE/pbn8PzE2s7+jvnjnoUviv+r/oEk/6a2/uLwELXml6L9Ark10DPDwPw7S1RzKJbg/iG2v9sEgwT94PrHkzrn4v2V1uruvJ+W/DtLVHMoluD/cPkJj0Dbov2WF30Nt4Om/yU763NcdAEBaFgTzU9n8vwI5g/wbIOs/t8O2C9D26D9E7ODNVPnqv62ZfzjZu+2/k/1h2hZ26D8AKBAHHy/fv9I8X1Qrt+6/5KHWjsw6/D8E/p4359TkPzodug8z/e+/0zKbkmPr9r91E8ZXZOD6PzlBUtE53/M/OOTU1F1vyb/7+HAxRirgv4XNjufp0O8/reR06E/N3r9JSWwCdse4P/8/IIgjG+e/lnURz+WW6b+j0t4FxNTzv071v69ZmuI/sQx2urhF5L/iADOwjBjyv3A+mWa5T9+/ChxapFPE0r8OO7Lp/eDzvzGtKUsEPNk/viW2EahXtr/d3jZQv3niP3BWqee9O+e/nJPMO1KGx78kcjBX8rXePz+h1p5a0MU/W7XISpt8tj/jzFNeV07wP9nyWx0tEtm/8dzPgt7A9j/rGM4EtOryP/9uXKfaIM2/aESD9aRjwD9m/k2NQF3Pv7+dJIDYVOm/6koJpRxe1L8g/ERyUv7yPxbz84CFgPa/sNX3kTCo5D/84e64rRHmPzBVVWHAjv8/nbRmAcbS2b80/09g/XnIP8E9n3WNuPS/jzGBAEUu4z+zLVEXKsHqP2oSMf7EWs0/9fWGT95gxr80lWfutWfzv8ZO/0kgqNI/hhRkulcB+b8EOtPiOb/wP85DFuTF8+k/xVpOuXNi97/z4jpz9CzkP9T6w9iIPgHAEr2bQS9S+r/T1KErqn3zP2kenQ+kJv+/ep+zqlmY3j/MF1tQg17YP7sFRBJ89/O/J0qM8MoS478RAOAKm8fzPwCuJEKlCvM/vXFMSgqu2j/sjzPwt1TlPzZBFLEydPa/r/Sawdth0r9MbK6EHzTlvyp57XO9lb+/EQyIlsHU5j8o7J89fdbUv47rDVPmhb6/cRh3O+eP8z9v0xnCPzrgPzH6qjM7/+Y/wvKbF/RU5r8Om3Ct9IDlP/BqnC8MoABA8ebODWF38r8rGHxhoVfkP0mVhxVOLuM/6djRZZH93z86nRyWHNbEv8+Si5Bj2QBAs9s7IFcQwD/ChFvaFRvsv93lBFpIGcc/X3WfvAkw0b+ZepKgJBLlv187QHMiktU/19raQoH09L/fOP15qST/P4o8AVtyVpe/07nkzSaSxL8iCnFr4y7Sv5jScAzs1/O/C7wYh0nz6T8+vhILdzj1v/0Xg9piiKE/DW+sCseY3j/YMk8izPDwP9rPigc7DPM/FCSoKN7n2b/Sp8RrGzHjP8MoIt+S3uw/AQlfq50E9z+mchBpsqb5P9Z/KTi2zcO/P8wLAZb07j/3etUbwmfiP0Ih93sP1eA/EccnpD1Z578uchWGwsrePxho8WIXr9u/3IDpLlwx5z/Sp8RrGzHjPzEAMFLqnuk/DFO80UZ5BsCpz5DtUjX8v1GUJEFKxuG/qfDZJ4z8zT/NY3sx4mnhP3W2XnKnWfI/SBQn1v7l3r+s8+EgRdD1v4ghmxIV8Ow/1RbotGppmT9jP60K7GHSv6ZKf+AdNr2/K7ITt0estT83U3lmf0m4v34udWP20fE/UQNGyUdP+z/jLSi1g+jQP/pBHzmYL+a/07bERXcUsL8x1MKDVRHsv2hkyN9UU/K/CFSh8C6K0z8XlEjLt+/lv9F3X0hQePm/4tnwKGuz2T+skFFdvBzTv4j4Fa1rDuk/qgMnGaAY9b8MNvTw1nDmP6nZ7Xjmd9k/aEDDui3j8D86NPfhlun0P3UXI3ALUPg/M1QuhrOp9b9Q3BG5HkLcP+42ALHpXuc/bZTzgaafyL9BHBGNPTPcP0NTzsJrgeM/NyD42qZ28b8vlk8wYj/EPxYW6JI+fL2/FhQzqPUJwj+ucsZ0L+XiP4XeL5lNld4/P52vMPivyz92yDDTmF/5PzpmEl35BPc/DEBMa1m0AEDN4ygH0z31v63X0kg8YNc/pRRQg4OE5r9Q3BG5HkLcP++apRvJJO2/qlmUJ47O67/10nM8P8UDQM/wGxFieuK/1jq/7lWW6T9PvWO9JVECwPEoWtAoW8C/lACk0xxvkT+/z4izL0j5P7vkxhLtJ8s/sC7tA39i2r9CPT83i3nZPxCWv1E8VOs/K3hxff9A5z9ZAa0NrAeyP3oan1EX3NU/jyHkdSNm4b9ztoT6FjbxvymcSMeLq3s/AMYN0acV+r81kVRmxs4EQMQtMSGtP+C/QZQdQa+M9D9FUfNn9Cy/P1JWCUYTDPA/OSV6Fwq53r9Vu9YLTsDwv0EVyokaI8M/EN/X3y+o0L93UY3p8v/dv7PF3Jquqva/9JPsCrYh8T/4UqypryCKv/AccRoZg+U/s0fpxoTr3r+Ti/nN+u+wv9O4NvfJD98/tZUTW5BDyD/VNwZ6FL/iv9ZQOMmeGaK/c2uZZN+9v79eWWo2quXdv4V3lfgS0fA/bmJvKtwZ578DbW2LQP32P6ru0o3lu9w/kKPwivVa8r/1wVuYEk/wv39OqNWVBbi/YUYxT2rp6j9ZsaEiFDLqv9IaBF5Wqeq/Z/DOe2fO8b+opiSJVIfzP+TAkIKylfS/2q+Tiqxg6z8lwIm2/iz1PwUc54tCQPA/LLex4I/OAkDp03Kuu0m4v7CjSjODXrM/ueba0w0P4z/FiqcKOOzxvwrEr5/Y8/O/4w/wc69Z0z83Lw5/oCnzP2L0McOe4rm/joQ/xH0/6T8lAfP+i5D2v+QJNKkRdPO/fmch8nKH3z9V+btXDSXhv1DPya0pDuU/ncmPUjr/w7+l0pT8b9/2P790zj4tWfa/uoufx76/xj/y3l4LZuLgvxyASpZcTes/Y6PtuCnbxb95JYNwmIvZP0uDvKCVUto/5GfLkcThsb+9fy2t63rev2tVn5FyINk/0P4BWta2+T+WZJ/zrZXqPx721X+C5Nq/DajvpFVV4j+vEPUI/NvtvyOLMJf60bU/ZG27QHcA3r+drUq8Dq3fv4ft7zzdadE/2TkoFYl+8j9mivbEGC3cP+UyHJ8eEfY/MlQRlN6F+z/NHtGdjLzFv/8EGSPe6QHAy+ZgoGJ34T8qCpx2pdnnv5XzPQ4UBq6//CksHA856D+kNIPS0wDrP5pRgBvSWPi/A9SCH6Yc7b+9+2OF4x7VP07YZyJhxOw/lxBdVYYHwr9cWkLwyMPgv87rtUUR+gFAMSmxD5/h8L/krQ/Wt9S+Pyvt1hfGZvi/XdrKZI1j7L8tdnHzURUCwJEPD/2lEcE/gTC1Lq9t57+cgCq8POj8PzVE8+BT5fU/8SsKr3tj5D9PG70rB0vQPxdrPuS08PM/BZ2e6J/H9r/m5fHf2vb4Pxrv30D0tOy/2dKJuXTI+L8elnAnLVHVP1f17U4dS/q/uK6XVfA+7j/mW57on8fWP5uacSctUbW/zO94bssi17+qRx23kQu0vyP6TtXm8fC/sK1k5qFt8T+U+EZKPDTQv1d56T7FgPK/5HishBs+7D9ckdJC/M76P4DnvAwe2fU/jYzLT5uZ0z/lB56OKCPyv7dUmzlymNo/W/Qj7v4syr9ePL5gW3XQvzWvl7EyptC/5MtGyCVd+j9R3Pfs5Czbv0j01nBEYes/6zdi2oAx2r+CxXacfhP2v+l/xZq9Nrq/qRnKakbVBkDUO3NkrLn6v+jQ9wLBCfO/v/YWj9710z8PYG3w+93fP/x75wTbzZY/DgBdyAfV9z+Bdb/uh4HkP8oEKq+6rvO/KFZxaQ3YwD+zhFAE+gbZv8KHNg+L6ec/N7htXqRV5T8x5m08qWwBQBE2qOZAOc4/iHhWmaLB1r8j1LAlcO3wP0LfTTjKEPE/w5M9oCd8sT/kBuRftfL3v/ix02HPtps/A1FQMWPe+L+PizZd7J/6P0468H2Vb/Y/QGeKVhcl+b/QTNzPbVbwv/a0RRniHeG/y50+W9yz978zzRhS+P3yv9UTV88hh/+/pf2IcZhX+7+iYu5g9nDrvwYjFm5TM8A/3yrAC55p078wP36lT2jPv4ZzIlCpBtk/KIGxK2OV+r+U9BcyyAjiv08vnKdmcqu/3i6GsZZh3L8ImEy6Q7rgP1ZM1g3yR+C/6jwomsFY2b/6GDorITTMP1VQnLPqP+m/y7DeJdaL8j9iKv///ngBwNunxvoCpbI/JYJeiIwq+j8HAMvycDb6v4ZvXKqwDtA/R1Pv6tH59r/K1helnDf2v9HYrtYtuds/Hp9jQMHe+r+P1uFkSfvaP0+jTfO5b+Q/sSQeS5QQ4T9EfsaxpebOP0VAjt4Ze+I/xplF7lf06D+KAoKDPTb3v7+JSUza0uy/pPMhnZIhp79MJWx54ULWPx7MZJpztPc/yIdGgqet8D9hVZFccQfIv2uzz8Xz0Ny/Ci4ZYSTo7b/bmvGa8B3hv7lFE2LDrak/mtrSmCYXzD+VREMxS//jv3Av6PxRk/A/MRou8vQb/r8jc53cp9X6v7pacMJDL+s/n9MKwB7S6r95zHBaRcLav8iVB1HHCdS/qGm7oyyo9b+YuucLt5Dzv4MC3hjnJfw/JaOxCbEM7b+nWMCmkzPoP7+oy8K9ZN6/QzqdECcM6z9Pzgaf7Uvyv+EPIX0U3eA/X47VM/zX0b8bmpZ5sL3svxk4J8pWudS/ogZZG6Eh979Pqz5IvJ7jv9usvvSIVuI/2HlwmQYH9j9qQ59HenDxvwnShGJ5YP4/5BQG8dQ+kD9U7KrWFTzXP3pqXg+jr9Y/ot7C9xy9679pmrXj0xD2vwck+PNABs2/2b3LVnV34L82SOXMWVDovw1sLXl5wuo/vSYvZuk03r+7nNBDUejkP9J8SLCTDMO/cxkrKYH21L+PhEZhOGfxPwz8jDciDv4/9IRic2O+4z/8Zysru0P9v+nkXXReZ7a/uCsKU9271D9wTdrh3y+qv0g96EF3juS/z1LczBVVBcDPxt1B/RPxv7Niig/wqOo/207cV2QV2r/VU7dEWJzQP3IgaJsBIug/Tso2sag88T/fF9EHKE7RvzCi/isEgvK/KhWwvNLT1b/TZjhk8+KoP0agFQUFtvs/hKS6Rv7nyT/wG17pD6fxP+87qPmKGPs/4eva4nxW/j88xQ60zUXwP6FNPYpX+eQ/tutmbSui5z/xEK/UE4v4v50kKYpjwPO/dSYzpuoH979x48RCbsbhP7owmU/iDfE/NI9bYngb4r9AARNcAwbmv+mXOuoFVuS/jgO9i3yr7j976jQkFd76v4XzaIT2H+i/PaJThCEp178312z4ciHzvy2kHQgk4fs/ljnrLw+G7T885vsJupjmv7sNY834QPe/rB5ZrCBx9r8GuZRyMVD7v4Jwk45CHuU/uTIWxAiT7j+JJS4YJ2T1vwuzOcHLGvW/7qcrO2ri4b+G0vaAR33ivzK/NFptTvs/vU/xlIwq0j9doFzkuRLNPxHbuO//1cq/Z84IooqO6D8EOsXWveXgvxW8bSGtXOK/crQGgIID/L83rrOnIjjzP/ehM0AmrOQ/0BIJTsYd0T+aEd33TaeivyZAtQCgVt4/9XVb3IzG6r8HDXs0NZ3Wv5/gBPN8Vu6/W1PQ4n5a3b8osbeBCfTdP1bPu8lCrOW/VaPjk3QF1z91AhM4OXfqP9PlsJ/B+/a/2hpPIsqL3b+r8/KPXW3lP3bHhZixGeS/6koJpRxe1L/HdfrYnnn1v0DCn7DFX4u/2+KYQkMPAECT0xu8QDbwv70g8DGnDvK/oEiShyd84D9XFCBZ9cXQv1VY7VMNFqC/5ujYL/iI6T8tempuD9/Kv2t5s3WmcO8/2/0N4epk8r8GPzwBW064P1FLig577NA/oEiShyd84D9IsmrFZR++v/l8HgUMHf4/ep+zqlmY3j9SPjCCXiL8v5Gig4Guy+I/OcYX20lT9D8WFP21mGKzP/2qLLKUxve/cq3r9fjs3r/OGUoXNNXtP/XORRvcyb6/zVy6+fyIqr+M7crn1/XzP6CpRXA3rds//4l6pTdq6j80omI792/lP3VS+DjNsOC/hOq9IdqE6T8ISwGefJ/oP333NH6OprM/9PSLaBmw6L+YCREr2/Twv+v8ZFHlXe2/5soN5GHtAcCo8Rk8WT38Pz/im8PCrtm/VC0rSlx/+j/Ns7iDvMDxvy9d4w1Rl+C/u+H93UQY4D8pnzPB+nvpv+q8mxgekrY/b+wmWD5b+L8W/FEPFTLevxUBxJv2OMk/Z/HWiZW+yz8C1xIJwTHgP08UZozbpOO/98jzrPI07D9UZMtoS5z3P7hH4XxCXda/8Ncb/lS4+z8qGsJ6FPTmP3zLdjJx8Oq/Yv33E6BH7T821VcEJt3xv+xOLqsfnPu/maKmbLVX8r+PaT15+SXgPxsKFgC0kty/gYv155Zg9L/aPgnCOn/0v9ugaMceosI/CqFCLV4Rwb87ajONLRb0v3xrMgL2vvw/gRlF1WS//79xob8gYn7mv7ayBfinsuK/BPYefJ9L5z8VRpCOuG30v1o3CdWMDcY/ZCB/pRuM8L9Qji0m4bfwv4fVNT05Nue/EEX7Deih7r/LUEWttKPUv1c43SHUVt8/fNfr+b5R4D/sFf9ZcajyPz7ROHqIrOm/e3rk46J+6r9bd85sRc74v9scnAb4fwjAiHbqnDCJoD/hWmnQX7/XP8WwRZBRpPY/VXVZKYI+57+QEL95FI7Ev7Wb572mvN6/n/uzhklLlL/MrGvRpO/9Pw61VU0c9Oa/n9dcLjxE+b/QYdacm17yP/TPRyFNW9K/cknfJ+stAkAW3VNb/NntPzU3V2Sj1Pi/KjXoMMSC5T+50BpPEGTiv6FeMfEPs94/vhYTupcQy7+xDZiJV4jBv2HEMFUP2vW/2uyjNxPG/r/RU3wp32zWv4vSF15Q6/O/x5CsBtfj4D/NnV2Xa5vuP4OXrq3NUdq/I8ces3z69z+T8jORh1bkv5ZGF/uwZfc/ITuoNd1Y7b8wsi5dX+7jv4iU37am1+Q/97G8OMAj4j92csPEqqniP+QRr4JlEbm/UTchgtgq+D8QUEl5D3nSv7+deAhR8P4/k4v5zfrvsL/45gumjuvmv3SpAxyPuPc/wKQHBq626b9vq06zQWziP2vVDvhkdvO/AGoCe6mV/b+HnzI+sf3mP5bRz89YN/I/AxEsZaIy2j8cnybNFLDxv9FQejDJsqw/hgZLm55l8j8lKb7FolzkP+ZB29J7PuW/nYG7KY4I0z+LJHSqflvYPwqzUUOnRNU/e0m1Ivs06D/8BDW1buH8P2tBVKEsS/A/LPNYURjF5b/LcdfRGjz0v3Snj0T2Iu0/dNAzLFfNwb8iY5/QVXySP5AknepkPeg/fiaPBLnwAUCVEhgA6TT9v+e0h6Eg8Z6/dT8ySmB55b8WmFxpu8v1v0Rz9ivi1Nc/kX8imO9gZL/haSdABrPbv/xSeo88ouO/LfW8Q04/1L/wZF253HLTv9WbONLVYv2/Zd1TuilY4b8QkeVEhKjwvyUi8GPSaK2/0PNvvj+v+T+oMDH4QMnzv5RRdWkp9OU/2UuSyXAt9D+mSq+bhJbuv3UdCgXj3/C/AkhX/12Y8z+QTPBQW97CP4JLjKXGYsq/6HjNUuw+8z/YJnw9jsjwPxqNs0/k8gTA9AiBqz2Y4T8uEHLjXTDyvy4QcuNdMPK/wflAahZjyz91nV6CyRHmv3ZAon2Rr+Y/knUCBKZt4T+J3vTDGyHzP/SGVxXwNNk/WguZ/K+N0T8O6qUiVOD0P6AIVvfFCbI/XeFPl5Uu9r+Co65m+4z+v6bIMxCda9E/qV//dSk+4r9XVdo/qnnwv6YGP3Nb3ALAe11lzyq76D+x7YL7Ka4AwBSXgLNZbfc/J3++fCeN3T9i77hEcNzlP8UaYOCY2fA/QzIoZOvD4T9kv9BJW13wv5QkRoI62dI/g+WDd/fO/D8ign3O2MXzv1kwns8YWeu/HXIMWHqI0T/yoLWA0nrgP1goJ703zOK/YXwZ6eT9AUDwniHXIVGzv4qbXYWVMNC/mF7Yx6xd2T9vXZn179Dyv9NLNsnAm/O/gEsQTCcTxT9rcLjNyw3lP1vCDEpwcvW/0BJDRopM07+vaUVugEa/v2RmVVI6k/Y/kgcL/pis1L+CcMLiqcy7P8lgrapwMqq/stnt7nV6078RO7YSHRnQPzVPoltN+N0/tOE7c/PIAMB/q/ExhUr2P/gtQ2EwHOK/cMRkdPRN6b/2oOxWIhbiv+d1i8Anv7+/RS+heOSE+D+7Xn3LrZLyPxutONqWLrY/WRbius25+D90W08QdSTbv/te2T7bveY/myN5jbSU8b9WV/NobL3DPwg/NXd6tvA/AWlhPa5G379tgR7tXiTxP79aEHYGKPA/kZ+6+3M67T/9Y8oH+boCQKa4l15u+PI/8KIUZ3WA7b/GdZxuxsLavyhRGA/wuKK/GylIT/1Nnb/JFzP9oLHkv9uIfQ+6fuE/TcIev73w9789SH8dIGzvP7tefcutkvI/S2t7cL3/8D/qBjBzlvzcv2o24YV5j9g/kSO26xtw5T8Q9LqxLUb0P2flOfl/oPC/RaVNgalV1j+TW6oTwPLkv2dvjfC6z9K/qmoGMBYx4T9i07akPMvmv9SzRqctfte/o3oA6c4s9j8SBQ4Do4Hwv4ZDBblXy9I/0YurjsEe8b9eN4rR4bL7PwISgXIPFvi/Qnr7902v5j/wtuo0SFe5P9KwHh8mkts/LGH9P50p0z8Bhywtie7YPwysc/NMEOM/Tl1Fc7TMAMA2cCpgBALfPw6NWoK+bs2/xjyLBKpGoj//jRe6QbnRv/hgy2Y6rfI/0Ezcz21W8L97g0SvRc6vvyc7G/0vFei/jZqVmfuozr/5jrI266vSP2EY0hrVMtE//Ns7WNgBBUC/cIPlwVPiP00edrRgBADAeb69K2555b8Ri6GsvyPyP4S9kdHX2sq/yPG4DYQk1r9T0NCZq+jHv5J9ZpWC6fA/U1NIXgcKsr/ZiP/LUbvQP882dzCLXM4/N5VuklAh8T8P3/+UQ4rwPwEkmIWRFPQ/exnjIwYE+b/RuRLtZ4P1PwcAy/JwNvq/m6guzeQC4L/kYth/3rLnvzJ+1VrSiec/hCZPFl4U8T9P3b8gTePHPw/cd68Fr66/7YNS2xfX878EQKS/MTnmP6P6byjJ9PE/jjDkGK6mxD+Bc5m2/7TDP14PQc/rW+k/ip7J8Aiy5j+DPj8gL9myv8QXns6Gz9E/pyaEZXyNkz+w5caVEe/Iv6oY6E4P5+2/eHxcphIAiD/Dq0W/UdjMv6BxAC4MpvG/k1nbdeS/u78i1fe0oTkAwKG+02dXmOk/E+Bg0AElwT98yIudif78v0igwiQd7O4/FUkBS71v7z8s+QasWWEDQIMY4mkvU96/Hrzp15mY6z87DUUxrT3cP8wigtl6jPm/M3n8Hhm857/2qj3KYRfSPy2aotthMbi/WUEyoJdpnT+ap6W51oXiv9YIqqYSFrg/qGm7oyyo9b83rEp6mwv0v9d2NmuN7vu/Xohh1wmnzb/nIAGvU035PyZRyF6oqtK/YIUduYs0879aQh7tgCq2Pww0jb0WGeI/SnyfE/s50b+ZLsI4764AwO+ZYhAl1AFAPpTkCLJD6T9JWqkZyVDmP7lmYmst6/M/6qratNFr8D+I+hh3qATkP3XEpQcu59Q/itbbJy+F1T/uE7uJVH3Tv11kxyPZNbu/wRyhd/NV8z9nR7XC96b/v/BEoRNdeOk/TwbzGI574T8thWYlfTz4P4Dwb+j6dvM/TbSl938MAsBmPXWuracJwPb9dV4h2vS/9vWd0K0Q4b+/BnDpl53nv9hKcOmXnbc/ZDCLqmOB8D+RORa028HyvyiUxEOh7uC/sIumDlXzz7/WEEn+Gwzwvwj7xc2IB+K/sHIO3TDT1r9k/KbQ8Qv0PzjGPjpmawDAcilQsT6v2b/YSnDpl523P6TG2wg/7/g/WYXz8WQ78z/EK/ak5WD7Pze4hQ6xBPW/dAmRNO0X478y7EqfPcy+P6S2K+1XXPG/0tCKNejAhb/pzQZmN8oAQHpzRgGHgeu/QHlZEtG2xj9uz2An34zuP3nY9PQ7r58/JNOnIVF//b82wNII+/Plv3yPuFjxTvK/j9bCR8sS/T8yqehXo4z3PzvU8PpQhvQ/cswWAYfv8z9ZoPktmBPUP1/t8Lm7CMi/1nsOaHsG8j/Chzn3I4v1P/YfPuZaAuy/6+ZrJ6Wl3j88iWNnNOXkPzVW2d3EjNS/ns0TtkQp+L/phS/bnEPyP8uTTAtJZ+o/a/9r9p296z/swRgK+tCcP/koqgKg2p4/ZqMtaasMpj/rdARoHInav+xWdmV+Eac/Xs0bj0qT9T9tptmtWKHyP+ulBAYOucS/KWGvpKef1j9eYilXgZICQEd6h0YRO/q/RDPY7zNK878X9VJcgurYPzKBkUZwuNE/O5wLT9skyj+SW1y8uT70v4Jwk45CHuU/GhHnk5Kwyb/Cc2ppgE7vP5iJGe3hOHO/8liP9hoL6z+EaLf32vT1vxKMVyqsugXArInQ2f439j9heFAvQcwBwM+NVxrI4vC/Wfs8GW4e3T9yjFCyCxb8vyS2Q8jdV9+/8rYo+Q5juz+l1XJzxda8v3HlgJbe3uS/3Tq7Rrlm+r9X+5P/EFPEvz1Pt6S8Mvo/c9aR6A0F07+9cYaOIdHUv4YDVUZAg/U/7FSJrqTl4T+g821x8pu9vzdwGJ1P9L0/skb6EppF5D9Od9eftv76v9TR5EqhTOm/m7S952gHsb/vBRMYccfwP1LtmSXkX+k/+3qJ41cN0T+QncN86gf0vyVA70S3edi/EhuMKsbe8T/MUPMuPhiQPy2T9sfzUde/rcG9Ogl277+b5n60jrjSP2qoSIx9SPi/9yuNtM2eAcDZJ2lzAtLhP2AoKQ1/6/w/7fGI1SMp17/AzggsoPTYP64djNMA9cg/iMzbmfRqC8CvMMXtoh6zP25wtQAjNdw/se8oNfpat78aBoPXFReTvzBz0R/jV/A/v4GELicB5b+Is0nq8dTWPwLXEgnBMeA/6FzeAAN16D/k2mxGhOqzP3AmCK+YW++/3P6P4tPX47/KTROKNNjjPzxuz+IFxPI/HysZRTih1r/Wz14gNJ/4v+NDGUOCmvG/PZJOaElQ/j/rBJYIv+XmP7nhZ2rB4fI/j4qcQMpH4z+Vf/DG9US+P3iaCqpkncm/HMVzS7C4+L8Hx9yBFI/Xv2MHgTMqefg/x9z7oGeE4j+cm37idorMP/f/nf7pO/K/x1tz7OBcs7/VXPwKDE+vP9wWIJYm+NU/bysIUloo4z/ki3yGa8Dsv9dLUtbPKfO/Srt47I2Byr9NABNaueP1P0DbC9vx17u/ozGspVgnvj8oB4z25i3av1kGRBcwMPC/w0YBTYTkBsBG6Qo7XPP6P0oYgAKqVNC//W/11ETS8r/8c4Milsv0P5x82BUKwrM/srlX8dNO8L/JLg9PK/rKP+ayDBDQhABAeqWHEMG18b/lDakcwXflv7mfxcip+fK/QZVFff8V9T/Yzani+njJP3opUpXUDOq/jrZ2mxwp7z8ehAN5jcu/P8L+pG+RqvE/V/EfcILbAsBh7TvFQV+GP3pr5AlHm70/mjjd038e8T+TOlr3OBm2v4RziD+m79k/2cAAVcQh8r/O8KycR+vgP2BbWKR+cPw/69BzfXoCAsDVC5aJzbL9v/I05YA/R+U/1DVgtWzE579xn+1yVqbwv18bBc0qRds/DeJHDNFEgr8omoWQtm7IP/DRYlH3ctS/EDTU+6rsnT+CQdIqxQzyP7gZlVNv3eu/z1RSByex5r8SFk7YnyHEPxWxH+3HxOK/PR69SM27zD86ghOhwZXzvwxShsCEctE/1JpKcq5dz7+3te/ojxfmPyf/44aUA5i/U6D5MmmU8b/bP/M87xXxv4WVRiDUjMM/d/pLTvt6+z+AtVutJWvnvzaSiEQon9E/eR3IAz/R779OeSAVvN7pP8LT8Osca/Q/2hVLKBvmwz8Sszodctzkv7Qar19N5bU/wT9jgFnk6L8Uj0durzPvv4ghP2qHPv+/b2TFQqkWxb9+XYSZJlH7vy32EcZZnOw/ZmmgDre/9r8vN9bBn9/5P5C8P/DOk+C/3HusKoK79r8YYFrdsbzsv40ytvFkYMA/iSjgjfpA+z/AauQt23X4P1QwteRr5/E/4KkPjSsG3T/sslvCQfm1P4o850kzWLM/Eyr2cyrF8D/x8e9sl/H1vxVuc+Sx39Q/FlG4smAN2z/uWgDWZ6nZvyRCkUjCA9k/svBdSDA85j9ywZEBBh7gv8OgfiPnPq+/PwJAsJdIvD+FR5PLLmP9v2AqCqvYnay/3YvLN4mnuT9kqaOhnnvFv0LDMxKT5fa/9NyPyoVsBUAUFrkrbdy9PxpunCSYweQ/ck/fPWmB7j/tIJZmgvL2v1YGvd6u28g/k5YcaSCoyT+QYjA9NVv7v4klw9ETzu4/pSWZD6Ix67+WLejOrHrqP49qahsH1vg/jQ0qrM/TtL8rlyBIfVXnv57WkNnbtes/CJWKHL3i7786KLSXZzbzP24XTvBIpvo/K8yqkAOw5T/vdHpwTczov/vDxIARwvU/l1L+Wo/f7T8FEi+aPDDlP5kuyMVFAtg/uEOX2EVx4r+ybABHx0jwP6TsaaXmSOc/cLOzmdiwtr/A4ofxbpz4v+vQVn7spsq/sAYqbSTk9T+fGc860Erwv/W2gR9ykbC/n6UCuL2FyL/DLLQJNGb/v7IZpS5iWuY/bacWKtPN2j9XU1wsduTiP8vajxKZxQNAyzNZjXzD/D+DAJ2zULz4vz5E70hXVtA/0iVIi4N+CEDlmi3IkUrtvwrymOhTF+A/TtDwD4A35D+/rwpbBQjgP9SCBwSvq8G/GqEq/rZy6L+AibnWunrVP+qIZuMluN6/YHHShZjjx7+P3Wbd6EHfv+OZjgVWFfc/8EypwUI+9D+nXifzg2vgPyIpAte3+/k/sCVHGVSR6L+Rb46IdND2P5lzuHacKNm/p+JifPSx5D8L0KdcVdLxPxXxmm22bNe/d+0usJ1x77/JaAiAIpS4v0N4SAFguOq/yjox3SEb3z9dqEsBhy/tP46yX3zNOuK/o0oAqTj8qD9aYAkcyvvRv/KgtYDSeuA/LMa5XqhP2784eUZ8/WLTP0sJRfVkHATAN+GPF9Am8b97pvjd0tyKP5YUnaMa7eq/AsVYd3VW9D8xswQH2hDTv7vX3uZ8EMg/Fr2ds0ud5j8jpV4vSFmxP2H1sPC1b9a/2IE+cgfR67/5eDLITIfUvzOZq31oR+U/7ajGAXHr5r+B5GM/oCP5PzxyfvFJ+9M/xKJQVfr+5j90k/kQDhD1v8qKhjjozPU/w/dSGRr427+slSFPAq7Zv4U9TNP0FPe/fD/OdrDw4T9Gg0WNzzHiP6JXXKU9pPm/k7WmLz6Z2L88FSB5De8AQC+dGNMPsuc/eM2Ow5KK9r94vz/cryXsPyDRGWLbgNw/eC2Zv5iT/j9bJxNZNq2bP/4AcM21rNA/EaxGKtrTqL/pvTdRBWj7v1R6/cbuNfi/pRv0W5UaAsBYj8eIOgLnvwJ307KLd+K/TYGkB5Bwwj/0J1jA+VzgP7xcGAadW7K/fwZwTCEh4r/5n5oljnXzP77IL78t9/M/47Yssr5g5j+2LJTJv4riPz2qHBoczPa/VJOKjevg479ncwU+jT3gP3sMzGQ0mfC/pUWcJowThD810+OMHsrnP32rq0t8auk/IlztQ70B+b+qQFGHKWX0P7U746QAu+G/MCqMy892BcCSBZNSASXUP9C3CazeXNS/LGH9P50p0z/hWl4SXWPWv8GWherLGee/QS6G0uko7T/hareMWtrsP8q4pCiIT9U/aQDzlnX+4L8CmBQcLLj5P1zjoPwm7uY/sCEYVP4R9T/AbOCirSbPvyXgVvyKXu8/NZVDTWVtxb+s+1n9MOHXP7naFzmthuM/bQgo8guq8j+X7M0/nv30P6WpGKJM7/U/rF8SkGVl+D+s3qBmZyf2P/RmTSPjIvM/blfeflMY3z8cn6MAl4aWv0tnN+OSvK0/BVMFzOm3+r8p+4W/YF3fPyhIF6DkatI/klLgiyWs5D8mnTTMWWjXP9ohjEQMctC/zUSxW4xI6b+E0eqpBqrLP6kh8s+TGgFAPwV0Neb/3b9fsXh1jrjmv9SMPNigYcQ/XGRe+2BZ7j8uIme6xxDkP3s2nLrPveo/eLPtzgqBA8BpLSt7/27xP0oTFh4R99q/uOxCT5Ie8z+ANEIBfZPrv9ohjEQMctC/lOLsG+Nw8r+GDK/IY73Yv8qZzocBRu6/R01dQ/HG0j8u9KOcW0zeP81cIN7zKu4/Sc6IvgOc679MAdcZhuv3v9V65ZFO2eW/46VTgDgD5T87HxKLRXbNPyTc9eA73eY/ahCuUK8SyT8wyoucM1D3P6jARk4od+C/gwYVEJcazb+CyD8Ubofnv+vA3gUamdK/M3n8Hhm857+vgt5XlOnsv0k34cKXo/c/jrXYBi8ewT9Vv1iodCf2v247Qfr3mv0/T+KiHrwk/r+YVMk1nKHhv4b0pBq20++/hkYncQLq9b8WsYfyUbPnv7PMAmFeKv8/Bp1n4cBw1z8NLaRo3BX+P40TdopI6Ik/z6xb3/iq8L8V9N1xO/Xqv3cpT+UABMc/7OmseTHbvL+GNuBcpp8DwG5q+/kSBPU/rInPHPIo1r/fHO5pFfK4PzbYzx4sdv6/hLaKcngC3b87kZ9GMvbwvwGxWhFqD+O/tULLkp4R1D+/CwK4W2e8PyZv30LQufU/UTv9oRxp8b/4ZLkdZdvCP/9PRDzddeo/q2R1r0rO/T+OMoTTU9IEQLg08mgaSea/nuMoeDoexT+MX9bMPVjjPwr2SSYY8rK/I1GsIFbWyj8gUQtm2UfiP6rc11fCl/i/90847AVvAcCd/DUWNWTrP/Z0yH7P39E/BSoPt6S5/D+e7JshoYXZP/cF2X++fes/aFzDRAiWxD9hJLNHjZLrv4WtLfBkT94/q9xi6+tx+z+UHw+1amy0PwQ/D3t7H6m/GJiag1Y51784wOgvTqjrP0hEJbT3udc/+/yxJKfZ8T9lq29pf8LVvwocWqRTxNK/G25kkG4g9D+hFoeLXETzP20o6q3NjsK/OYc8Mti717/8uAmfDmryvzu3v+oCk9A/Ad9G8jy4879SGpvDatP5P8Q/UH4qbNS/TWkGlMYk8r+tK8GIC7/Mv3HXPAJs0PU/H/O7RxY4rz/vec+3mzTWv2DBWLUnhcC/PJ5NKuGR/j9EpqHu2XvBPxvlTo/+LMK/5J732oig9L9y6qlQ8vfxv1daKnOjete/KygtIPQQ6T+j0XzGpr/pv39jRlgBFNa/9hCYQ69QAMAvWZB0B0DsP4PMHtLFjgTANd6Mnxdr3D9WbdJaSrrsP/esWUELjeY/3D8Q5qXc9T+Hh2ntKtzyv1u8jWWo2cS/nM3VuB402T9yZTiBATPMPwHE87qATOU/+pIKIHNw7b8p9jizRx/mvzN6u86KUPW/9BbgiS/RVb9lMCz88R/OP+HGaedNG/i/k/Bc/R9d27++WN2SsUzbvwnnxoldXwBAcm8PcSzv4D8lwOBz8fDpvwQ19jvq6eQ/6dnM35ud2j9VtZjbw2+tvxQp3r3UK9u/+1dDPNTv7D9KWihc0FT4v7D3FXpfpOu/bIhKapXw8r9+n1vxdz7wv8q8ROqAFPg/pAeLJo68xb86SNfZscrpPw7Kh8tEmfc/beq19g8O7z9PTR8wL/z9P9yLbkW/Osq/zHc0ft3NBUBFFn6Ja9nSPwGEiXSpGfO/xjCWSexf+j/pzbe0XwbwPymYSMqwkt6/rzDF7aIesz8EdpzKSuePP9TaOpz10/4/u5Q6ZwXWAcC3OTV8CeYAwAVIKvKNheE/WLxh/JQbxT9xTxda1qzwP7b3nVTR6OO/QjqmFpHh8r+o5qdMFNLov8UsE+LRi+q/qq+doajr+L/Kih2YAyPMv3lz5HofKcg/3POfAALP6z+Vf/DG9US+P3keL8bMreq/hqgMQWvOBEC/rTRrRBXqP3pucu49It2/j4qcQMpH4z/QPd0CiDXbvxnmmReSyMG/6n289GY+8D92Y1IKf+ezvwOKpow+19Q/R5vZgzfDtb/LReLSWlDqv7Eg4XF8rPQ/88UcAQQb5T97a8cpVnXgv151i1b5W+8/ymYgIDP5+7/Pcb72ftHZP1q372+zFNq/fnkQl1s14T/WXB+N5drAPyejd+yNgZo/rJY0b/rCrj9HimU2goDlvzIYk08KHdE/nKQPOs1s0b8WXAMtRZLpv7IpGKVyltK/Gc994e2J9D+YhwZVNnvSP/LZhMtszeq/RPM9sWnRAEC0H76yjSbdP8LIsjhCFdG/sz7sF178/j8wD+Izl173v1HzyUUkOfc/KEcDlvDK7T8MLR+iQ2jqP66Fijq+nfK/Y9XjcbYo4b93on8XCOLJPypaORoekco/Kn1Dxe6Dzb9GVEyDW1kFQAl+FQC0kqw/FUvofYC93D+LhWPlECjKP5Dstsoa4s6/lJI0lGI0wb+GRkckyhjTP/cvOuhcBPM/ltN11eIn+z/HojLaRaPhvwV4SxL1AuA/EhcCnxyE5z/SGjVP7HfrP2LRtOqDh+E/iptaKCKd/D+Zmovwv+XIP0C5jl31Xuu/2V40oZTu3j+KIVDe9N2mPwG9wQ3FUu+/xcyidcGv/r8QNEg1R+jlv5oosN6KTq4/PMJWx31vC0DxGHXIXCfHP64RaKRKEq+/Y6dZM/8E+b8JAPBGp/GYv7XTetEcT9a/Q5sDdWgn2z95VKdQOAHUP5XVXG93gee/YwpJIsYpsb8xlejGNIrlPzQTJ+jiG8E/ShOU4UyCBMA3E8GigXa6v6F6oany0uy/yJhsyrR8+r/Dk3v9/V3Wv12rj5NTNP2/3BWYhWqT2L8sUBOXRM/hv0JUgono49a/NVs6gxTg6z/t032BoYrWv6XcvG8N8u6/", "shape": [5, 13, 36]}, "right_plan": {"assigned_init": {"gamma": [0.03618404641747475, 0.39054977893829346, 0.07149575650691986, 2.833118200302124, 0.6894188523292542, 0.40970098972320557, -1.2792797088623047, 0.3270687162876129, -0.1948588490486145, 0.6603480577468872, 2.5826549530029297, -1.524687647819519, -1.1433699131011963], "moving_mean": [2.56074595451355, -1.8521031141281128, -4.492861270904541, -0.5060064792633057, 0.44984740018844604, -1.7356822490692139, 0.03598184511065483, 0.14332421123981476, -0.1479637175798416, 2.344135046005249, 2.8810720443725586, -0.2609901428222656, -1.9661195278167725], "moving_variance": [0.0012834876542910933, 0.06183510273694992, 13.544297218322754, 0.2324352115392685, 0.004606932867318392, 132.68356323242188, 125.75153350830078, 787.9231567382812, 0.003313807537779212, 397.4312438964844, 0.22598223388195038, 0.24505645036697388, 1.2252442836761475]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "eps": 1e-05, "momentum": 0.9, "num_features": 13}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, false, false, true]}, "rtol": 1.3e-06, "several": 4.0, "step": 0, "summary": "BatchNorm1d(13, eps=1e-05, momentum=0.1, affine=False) on (5, 13, 36) float32, train, eval x2, train (input layouts contiguous,contiguous,contiguous,transposed; MindSpore-only initial weight; relation flatten_length)", "torch_plan": {"assigned_init": {"running_mean": [2.56074595451355, -1.8521031141281128, -4.492861270904541, -0.5060064792633057, 0.44984740018844604, -1.7356822490692139, 0.03598184511065483, 0.14332421123981476, -0.1479637175798416, 2.344135046005249, 2.8810720443725586, -0.2609901428222656, -1.9661195278167725], "running_var": [0.0012834876542910933, 0.06183510273694992, 13.544297218322754, 0.2324352115392685, 0.004606932867318392, 132.68356323242188, 125.75153350830078, 787.9231567382812, 0.003313807537779212, 397.4312438964844, 0.22598223388195038, 0.24505645036697388, 1.2252442836761475]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "eps": 1e-05, "momentum": 0.1, "num_features": 13}, "param_names": {}, "target": "torch.nn", "train_flags": [true, false, false, true]}, "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
