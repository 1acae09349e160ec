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

PAYLOAD = json.loads(r'''{"atol": [0.009810862583100977, 0.01086819731792077, 0.008756441971935024, 0.0075841996612275595, 0.008132798625736327, 0.009072700635334703, 0.009802702726742779, 0.022861121244927052, 0.010497203000559351, 0.013103242368385393, 0.009731750039995067, 0.008733941028628952, 0.008596128939324214, 0.00819802734754068, 0.022861017169797614, 0.010507479962524765, 0.008063939615271113, 0.01235759798471022, 0.007985114473358762, 0.00818844716426638, 0.009578656719892626, 0.022861097602730845], "case": {"affine": false, "bias": null, "dtype": "float16", "eps": 1e-05, "grad": true, "grad_seed": 12817, "mindspore": {"init_via": "checkpoint", "pass_use_batch_statistics": true, "unmapped_init": {"weight": [0.8082070350646973, 0.07812191545963287, 2.368257761001587, 0.7422837615013123, 2.4982073307037354, -0.2051742970943451, -2.2246501445770264, 0.49462834000587463, -1.9496147632598877, 1.2861835956573486, 2.256399393081665, -0.4195172190666199, -0.060004692524671555, 0.5886346101760864, -2.859828472137451, 0.7383320927619934, -1.6431593894958496, -2.6172068119049072, 2.688934087753296, -2.6399314403533936, 1.5341366529464722, -1.760582685470581]}}, "momentum": 0.1, "num_features": null, "omit": ["eps", "momentum"], "param_dtype": "float16", "relation": "batchnorm2d", "rules_off": [], "running_mean": [2.3594539165496826, 1.2205069065093994, 1.2995375394821167, 0.3930993974208832, -0.11753391474485397, 1.672694444656372, -0.257877379655838, 1.0708885192871094, 0.10440748929977417, -1.3135402202606201, 3.968745708465576, -3.7476744651794434, 2.6345460414886475, -1.7440344095230103, -0.6845383048057556, -0.9135330319404602, 1.951004981994629, -2.20511531829834, 1.7357189655303955, 0.6615815162658691, 0.26014718413352966, 1.6224886178970337], "running_var": null, "schema": 1, "shape": [1, 22, 35], "steps": [{"input": {"layout": "strided", "outliers": 3, "scale": 10.0, "seed": 145}, "mode": "train"}, {"input": {"layout": "transposed", "outliers": 3, "scale": 10.0, "seed": 989}, "mode": "train"}, {"input": {"outliers": 3, "scale": 10.0, "seed": 316394012}, "mode": "eval"}, {"input": {"constant_channels": [8, 9, 13], "offset": 1.0, "outlier_factor": 299.99, "outliers": 1, "scale": 100.0, "seed": 388524710}, "mode": "eval"}, {"input": {"constant_channels": [5, 11, 12], "layout": "strided", "offset": 10.0, "outlier_factor": 299.9, "outliers": 1, "scale": 100.0, "seed": 108}, "mode": "train"}, {"input": {"constant_channels": [5, 11, 12], "offset": 10.0, "outlier_factor": 299.9, "outliers": 1, "scale": 100.0, "seed": 906604890}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "metamorphic-cf914d15fa", "kind": "metamorphic", "quantity": "output", "reference": {"data": "adLSYa3r4j+dBR/THcfQvwImGl3E09a/GGegKKID6j/qvXVWDgAAwBqN6gnV8QNAMJLm0nxo17+95rF9Lo38vxCdqrKVCcU/8PdcHBxgsz8c3cJb62zdv1aG3x2ogfk/c2TcbrFG7L/7/nREXtPjP/mhKIwfNu+/oLeGGv5M/j8EgcYl3Ze0vxoyhWDk7tI/eEGYKVoPwb/I+Ja7sCPnv3p0DoRmpqQ/ACJVgyFG579uim6LhVHhP2OVcPER1+S/ATpXpIZc3L+x91u465T+v0GazwdiEdy/tfZVW/z84D9HGS44WtnPPwISYN/PAey/LIX00r+Q9D+bxNaNs3vjP/xnpXfqZPQ/wxtYNzqk5z9hXPM5zJ3nv81z6E68fMO/z4A8uOxd1j/9hZBvktzHP77GYwaogN0/UbGRWYs82D9+aTkTUoAFwP7qgyzst+Q/mcUNQrZvuD8rswnJ+xrov6mqkf9g3+o/7WpomxlUvT9HXS1d3BfiPwZkSAYn79i/q8rMqNC9878rC6yJR0WjPx5d6BeVB74/dyPUhJ7T4b8Z7aNLuAD/P/ZRDB7VBOu/Dqnxr8Qo9b+N88jIZaK/P0DwjqN+XOk/R10tXdwX4j+rBfETxBzDPz+8JAB8fPQ/jL/mmfYk7j8JWydVVWb3P/7qgyzst+Q//fBeHu+z5D/6MnZSARLVv8N/8GLQ6uK/qH/bOt8bBsDNV5HqRRTvPyufW+uKee+/vhBzNCWI5r8PGAMno8LpP2DevyeFONy/UQsxyiLF5L9G9wbEfHvkvxTzWjLUJ9q/C9oQqTAF5T+edxqN44L8PyELwcglmc4/8tg3UIGk9b8ihL9RNRTvv7tVbPKJ1fG/F+kaLNl1wD+tp/ANE+rrv2GZb0bQauA/YLygRRiT4L9TRz6VAarkP2fJ0ADmlOA/DMpzEcSe8T+KQTW9Olz3P7KCgS6Giuk/yW+lR6ne5z9wj0GXQEf7P6APYJekUfM/Cirh10TZ4r9zTMR0WRHhv7FBLb8t0vq/U+sIjw858T9lIN96zVXlv3o+7HcRYPK/8xAbf3qi1L+kjqaEb8fWP3o/8mGZyQHA3S5NWUrh6r/6ZtrkmBL4P9p9NcXvpdG/IFfXVKq23r9hVA0s9Rr7v0F+EuehV++/jesPDyH2qz9ZF2BqOPx5v8sBcVQ2AOg/g32GHOjI+7/MabzzCgfTv1AQu79NyOY/P7HMkSt3+D/70afFuRnuv6iXGRcqWvi/b13/1Quk2b+21nO8AMrqP3eIQreIVeO/wpQYOz1b97+AsEDHcejkPzqz0ehOxcW/wlIDA8Fn4L9xMjob3n78PzmUfdpztPQ/d8kgBKJN8j9uu7dCm6fyP7BsmXtzAtU/hyEVnWGn9T+d4+N2rsj+v59kpbXnteu/k6zD4Kog0j/whGKFK5DoP7xujgeWWrQ/idp8NVaI1j/5kstGMjboPw8YQR9qTuU/95GUW8860D+gAkEUl67yv3/LABBvl/Y/qkafqcK67T9spSQQ+qT7v71NWRIoVPq/m6XRKhQT5j/77tOr8GnsP6oFsEwb7/A/02eMPGdW/T9cBjvU4/7NvxxP6CV6zo8/S6N35XE21j/Hx1DTwaigP0CcFez7Q9I/CyPJh26o/z9qyRrJn8DBP8KGIY6g6uc/6YcIT9Sr9L/9aa4lUNXJv4MkQ5odruA/AGOf083U7L9iEaoDAJzjv46lROU9TuK/tGY3iQUP9r/LmUmsvTbyP24dpoApftI/X/gEqWlJ1786Q/CwvpbmP56GdfUh5/q/lRmc0FUT6b8vlnlc2v7mPzCbE+CN7qG/lDFAoRl70j9VnaZgcIMAwJVdtardcqC/5iJXjdJ3378JfxZTjmLQvwDJ1+HIQP8/DBE4ESLP3L8k43k+YoGjP72q6SRDld0/SRgZFsNFyL9tsxYW36eiv/zWZ/aEkdO/IHeNL0AR4D/4AOhVd8Hjv9qHdpAIcALAVELg3r5kyz9YgttHVu7+P2PknWWiON6/9CQN4H+H9T9vYNlT+w/+v9DNwN+HJOQ/2GirTunO7788eclqw0X2Pwq9NY+B8+U/Pf8YTyBH1b9OjnhNVHX2Pzxlq2+gIsS/m7ZCS8V3/b+MfaXMcoagv3Zdf9CjwvA/onauV2QQs78x/h8rqknJPwLkMDF2fva/JL51HAHg1D8duIKDH2fkPzLVGpjdI80/9TU+4ZwUyj/4Mb84V6PZv63NY1s2M/e/4fSYCnwS1z9XNkSKj+fWP5Q1bKNPy+o/AzRG3pvs7L+dFWRSduTrv3kGDz6C7gNAu+0Ox3sCrb+tAaA1M0/iv2Tnq3hVK/I/T1ySRAm09T+Eneh+KafQv1iOncQRxby/EyCCwVhX478yUezbB7/mv8ZwlP6yVum/D8o/lpQY7j8WNu9EnAXyv/nTWKcE7Ka/7GS5IKia/b8GHR+MlJnFPzglcELRius/XBkYrXphA8AhYoRHPTXyP4psg7xMh+0/cNMmz4+dzj8PScwYGUfZP0TkR2QK8PK/K6S24egOyL8tsg6LeLLgv8hD9/06464/Gd/dWvXw7T+mC/b+4lr1P51pNzW19ai/ZsVApOjVzD+q9Lm8vNb3v2YBxAYecsS/2wXFl8ehxr/YtvqczFIXQDs4cyU4scW/tQf1nYSBxr96Ae3VIe7Gv/N8ivJb/sW/qdP6nuMRxb/hvZI8gI3Gv3447R+mrMW/ZmfoMPB1x78LURdkI37Gv4iYCSQFm8a/Jedn1bE7xr9GfWygtvjFv5OHRKkfRcW/lOnzgzcRxr8bOKO+XrPFv4nOQnQla8W/E+ozH50Ixr9Pou03kvDFv5Ob49ydxsW/RCu2Yy+Txr/Q7/tLmqTFv5STyPf1c8S/UcpbCa20xb/++QPuKfPEv+rc6r2UcMS/tJnBdJaGxr9+kQ99ANfFv/n3XOm9k8e/I6E15wAFxr/g6ns7ovrFv57DWml9Kca/gTNy8p4Dxr/9NzJWe5L5v8REyqdBVMM/OdE+n+p8z7+slOVRH3TNP5McOEkIep2/fsdJyKa02r9H+0LK/1kFQDZLWsYw6uK/74SD1U7R9j+KV1b82Az5P6CJTChvavU/SxesMflM97/B7IfTjn7hPzuXo/ubQuI/lLxCHOAGyj9/oZUDWqTbP6+2ftn37Oa/uVX2vmZa9r8bONNJrO/gP0QObd/U6fK/waGfjnSj6b/MNGrQkOkAQGAOHrHsDem/kNIyrhLo5z+iflTf1XnWP4id0vEUmvK/TR+Kk8wy9L/yWcNbxmPtv8TlAvOYstQ/CzJWsx4K4j/RSkJ15kCxv+x7pB3NXta/8kXsWqsA3r8ebdvaerDJP4Nh7VQhgOC/idDNmzUowT9YeaaGcy3wPzT4hy/mY/O/4yQkzHPA8r94WJCEE+XVv9Uu89eufPe/YVmOSpWZ47+JgwQrdOKyP+hnDjdIy/G/PvQG+44b1r8QTI1DW1Psv5F8w4ePNPi/PQNzEpbn3L+AhmMM4eDjP1SnDlIdrwpAfarmBu+727+KDlJ/gHL0P5eUqtPVJ/G/hhKGuW1q+b/2c85yeEjPP9uAItD5guG/a/g5uTeVs793jIJc20TiPz8sNQqdstS/fY6gktZYrj9+QeOCwvnwP7tcY1F4VPM/sovnpF201j+TMRyxHarpP1gwQNeI798/R03upRRnpb83oiz6BqXhv5Bt+ntsme4/dSuSVcbi6z8tXzqS2VrlP5u1mrGXxPU/4efqx6T90j+AjWGfQdHov4KB7EfISfE/M5jdInE60j+3kQ37pI7zv2GwH6rzXs2/2I3cbFlGzL9Va1+fZxbrP31oGNV4BPM/NjHbHErs2r/LI+1i8Fj3P8S2NgACbOw/GmYgHzbp3T+v0hAJfincv9qmlhS9Y9e/ACG6aW2n6L9Bnd6V/nnWP6j0oGXcpuo/TP8Hy29JzD9o9mD//NfjPwB3SRi2hgHAIzUgfAGV+z///APEckrlv7/GBdXOYtw/8t0/bekt2L+wxpuxBKL0v/0OxUsE0eM/COzsLtt3jz9Kb9nhJnXwP5x+1VNYyQPAZFIb+p7kkj/UkL2Qym3Vv8jAZ0CORa0/+xIOaxQ4AMBXSAZpB5/RP73o6pnp88q/qAn6BpzvAMBJ5XYYX8Tyv7wg2ctjN+i/W6Pe94zE678Z/I5pPBn3PwuBuVMCd/8/Bv5I5LqM0L8e/0nxrbDlP46C8Cfl5eA/BMCCemUotT/pDkqqaxPsP/6tcvM2x/U/rFIbm3241j+GlVijxXvYv4cfr403RrC/zPE5IT6m2z+sa8PSw+npP1ReR1xZuMw/8+DaVAXaxL8vyJzirurzvzwY/Wktw/a/x4RA+MVo+T+IOMn4+uLuv5JyfOYse+O/AYrBuR1w2L/+MFnMg578Pxzh29Iz9c2/JhYzeYC+AcDH+b3uHMjIP3hIR/29E/E/ptriHLXB2L/pyJ5SftjQvyVZRoIJ06c/4DxAphc2zz/6RW+BEy3zv5H3GhWmVtk/mmmAhX+R4r+7MQnSjwPcP6p605CJT/g/tsfPbMP69r/ns5XOlw++v8qffohJiNW/xXSdCd5G1D8qy5kT2RkBwLZZ9w+7j8A/GQfZxrJO2j9GotROFWrnP0hXYKOHuu+/1fO38Xx2AUCf20MCUaTvvwJ+UgTJQe0/5HYTZ9/1oL+LqXccxwz/P/Mzig83P9q/vCjy7Q7Y6T9Sc36zUyTVvwJXLZ8qvLg/X9mYWASL0L/QLjY4iI/tP+z9sx9kdPi/HOzApfzufT8Qf28k4YPuP8t/Vm406+6/XOn9SfLy7j/L9FrYwp/jv0+oTDnhG+6//kqWq3Si9b80mpgnjNfzP4gTsqHX4dS/v92GEXZ4zL/RhS6xzyrAv4qO1FOMBcc//fehhMgPgT+xTRqN2R/qP/4NjSNqZv4/j8DubgzS9T8X4qi3SQXZPw/FVJACcbo//xD8u4k70D9mMNxrTFX7v6SH3kbaLGm/I2pXgLdtuT8ToLm2nHUAwGzU/1HVN/m/cUiv9KNQ7b/bxm4o85vmP+8l1rLAIt6/HYcRR6R23r/GOCqg5J/VP+6A5W85C+0/S0WmqBVB1D8zuk+/RqUAwA0uEOf+7nm/AlQSk5ND/z9t0aw+2EfdP6Y1ucHwMf2/LgpWcm8/pr+MSZocmQPtPxu1/9Nfhd+/lbPJs6hEzr91pzzciLziP2qNH0McM/o/D2VS6z3s1r+57edKQWfGv2C3YjmsxMa/H0EAnGphxr8IsMXiMPXFv3muqWL7h8a/H3K1t9E7xL/QFgNz8yjGv+CvIF6Fq8S/h/9Z+KLgxr/l10TKQozHv1qb+W3MS8S/VNegkSBTxr8yGTh2tczEv7YIBBAhFsa/TaruJVI0xr9LFo1d1ZXFv2LoeDDXQsa/vE8UOZdjxb8OjiMYbQzHv14i6tKm0MW/AhcDNsVSF0BRaVgnKUvFv9AT/BMLpsW/iDwrkKvGxr+aHRes6xbFv7gWCAivgMa/NFs+qbfgxb+TX2uyTIDGv+HJ3/bwfcW/2EAPW51ox78rvnZypLLFv2Eo8EsECMW/jNV7M/1Gxr+D0Yip2J3Ev44MoOj4ysa/JRO+iFDvq78mxQLdb8UAwL+JNK5dCtU/BpOehOIy5T/0FxuOSIbkPw8L/oMmaPw/oq4Heqy/2D+6ePIuo23tP9UAbr+4HPc/HcH6lMc01L+0h67b89nMv3/C1C+e8eY/d2kUhumE0b92y8cCPF8FQOyBhQSeerw/qLxO3ryCxr+tjoGEpNr9v1eEE68Sr+W/nFxWRk5ezr8gMEcTsxLYvwb+QVMIf+U/mDvW4p023z8tWcEbAivbP/qgOkXfc9O/twGzG7Nj97/zeOq5SEfVP2Fd4I4Fsva/pgZouM3ms794Y27bu2vHP/F+8q/HU8a/kOKz7ZfW4r9j7lM6rRK7v9fJV/Zsw/W/CK85XzJ19j/g0UcKp/P1v9UW2CwG2OM/MxxE7PUetz8wW5otIEHwP2EdsuXX6Po/bJ+sfXuJ7D+b2FGyCAi1P/qz9p1J3fG/s8Gfb5AH4L/Afs1LESL4vw9p68yt/P2/ymiTTqhK7j83hBiLeFf1v4HZ6Tlc8uC/k4Jq/VKx2z/rMkrmAV76PzgTPYavXwBABR5i9bUdnj++/hVAue7vv+Y4YUvKE6i/aa9WjJhD2b+aVIT24IHzv2vjc03quuO/NtYPK4h45T+jr3ZWujH0P/wj0VCmWLG/kBrSK6Lh8T+0fdifIdboP0B960ic/uC/G6Raj/gk6j8SzYReexWIv5sUD6QTDPq/7vU6ShFO2j+8fgDlU9rivyH5IjMLKPO/QHTZyYEZ2L/ZYiLM1Eu2PzK2D4AisvK/lrhBMo380T9eByrrzly7PwVH8KvzbM6/reBaenmn6z94iJyLHqfzv2o6A/FBZ8o/NxacGlGH8L8FFB8fFqbRPzTzEcAgTNG/wcAGh2T44z/s60XB5uG8P8l0i47rLvo/8JLNb7coCcBMMcmF8sHHP64gXTmZQus/2Wm0V4XI6D+RN6St2WroP6PcfgscfwFA+JJvomQ76z+pOUoKAAikvxhcsEoTsuw/ltOg+phftL+I0ARGPtPFv5yBI4FkCPS/3wcaoGru77+dqy/yv3L9P9N+CKNWMea/i5smH14w2r+92ezexNyyPx0xHctBxeW/5WN1+mca9L+QINVu5PfCv296Dqzgbsg/nFUO0IrtkT+ZLVipZxz1v6ofg1AJytu/86bjCsCywL8Pu/Yc4Kzlv9ba1TZ3G/k/Qh4Q5590+b/S2XL8UTP5P0XlSFeWjO2/MsRxKi/W5L+xjl8cMMTDP9Fc+ttfQOE/FbyzZiOMzD8vyVON4DUAwAiiYOBUPPO/6t/EWjGk+D/kr7WaRrPmvwgqV0Ww9tS/X0yCEZzizr/koUEWcBziv91b34jRfNk/SlcXxl9K4D/r1OLxMrjVP+K4upnPnOE/RnAWb1Ot1D/CiDCDS57yv3TIZMU/u/0/dsGBx7WP3r8is0X7MbD/P2zGnlD16v0/Z6+BWUpY2r9OTbGOGAGrvwDF3rcho+q/Gccky9hO4D9W602GCwvMv2wfOrijoADA7AC9incL9T9d0yi00FHVv9SN0ewxCu2/eEIEUeop6L/oX+sGpYrxP9nZJhh+RvI/ytWeZUT48L+kmBYydWz3P6f39mVwqvA/yoq6YTQb0b8SAOEovOfSvwNL+EWChNI/13VjMXaX+L8G8tRjftn1P8LibBz8Zvi/yVSKEHRl0r9kHr9vru3xv+iiBD6ZMNu/gXUsUQxT4D/tQ21Kve73P2xZ7aL3ldS/hhU/ZXAz6z8s/bkA2kLfv0K594DgOPM/1DRstxg9u79BSkZNokSpv6zO+DoD4fI/k1zMDCyA47+qYpiYgnX1P+PSdz1iU/2/ZshVlhaOyL8jQXd4wAfev68UpVbKMc4/NcUZqlAAwT+W3307XxjnvyioVXmIWcS/rIGZotCM2L8FMy8C8zzevw7yOFGqsPm/yIevuL1J5z/LDk73bl2kPzh1zvbKGe4/mGueaN7xur8TTQ4vkILVP9e+xnVyTuM/3T5TqLUG+r8vJZNTKHkDQBz3ybcWB+K/2UkQU1aJzr9EmeyF+dfWv6VJwVusGuI/m2zZb42Y1j9lXh7pshz7v0czUX5oefE/GjTT9qne5z+1C/Gy+Qr8v9GD84lT5OU/BMbDwXYQ8z8PRZjpVGX0P3ez7eIZ+eA/+bZVfw/g4z8q+S42PRbmv0jzG1ePWue/QPfXhfm/6L+lFA8dHiXqPzxgbjKFFvW/d5PXjrJu9r+vYV3us8v3P7PmLy1ME8M/AVHxcmGZxb94qJsgUtTFv9CwZMmYM8a/n5iomHIVx7/Y/iBbTgjFv4ZkH4TxS8S/MOBC3o9Nxr8SopwXgCPFv97GUsPKUhdA+CiJcMtmxb+RSj1tdJ3Gv+kGtcAFvcS/QiPzvTQ4xr8N/LGOWbLGv3KbhasSDMa/NSrkVjLrxr8hE8vyxc7Gv6yx+eL+gMe/A4ixgJ6Vxr+ZT+K/wpzFv5J/V07mqca/HMPGNPHZxb+C2Q6SLvLEv5y2VGJLnsS/T5NWDKIYxr/7Ilw4YuLFv0+DtRpdicW/w33TNP7SxL+5eG81TdbGvyF8cKNKxsW/Fqkl6dzXxb+voReeHO/Fv/F5G4Jrt8a/4ypdwIfHxb/ISGjt1GnGvw==", "shape": [1, 22, 35]}, "rtol": 0.001, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"running_mean": [2.3594539165496826, 1.2205069065093994, 1.2995375394821167, 0.3930993974208832, -0.11753391474485397, 1.672694444656372, -0.257877379655838, 1.0708885192871094, 0.10440748929977417, -1.3135402202606201, 3.968745708465576, -3.7476744651794434, 2.6345460414886475, -1.7440344095230103, -0.6845383048057556, -0.9135330319404602, 1.951004981994629, -2.20511531829834, 1.7357189655303955, 0.6615815162658691, 0.26014718413352966, 1.6224886178970337]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float16", "num_features": 22, "track_running_stats": true}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [true, true, false, false, true, true]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn+graph", "mode": "graph", "plan": {"assigned_init": {}, "checkpoint_init": {"gamma": [0.8082070350646973, 0.07812191545963287, 2.368257761001587, 0.7422837615013123, 2.4982073307037354, -0.2051742970943451, -2.2246501445770264, 0.49462834000587463, -1.9496147632598877, 1.2861835956573486, 2.256399393081665, -0.4195172190666199, -0.060004692524671555, 0.5886346101760864, -2.859828472137451, 0.7383320927619934, -1.6431593894958496, -2.6172068119049072, 2.688934087753296, -2.6399314403533936, 1.5341366529464722, -1.760582685470581], "mean": [2.3594539165496826, 1.2205069065093994, 1.2995375394821167, 0.3930993974208832, -0.11753391474485397, 1.672694444656372, -0.257877379655838, 1.0708885192871094, 0.10440748929977417, -1.3135402202606201, 3.968745708465576, -3.7476744651794434, 2.6345460414886475, -1.7440344095230103, -0.6845383048057556, -0.9135330319404602, 1.951004981994629, -2.20511531829834, 1.7357189655303955, 0.6615815162658691, 0.26014718413352966, 1.6224886178970337]}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float16", "num_features": 22, "use_batch_statistics": null}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, true, false, false, true, true]}}], "step": 1, "summary": "BatchNorm1d(22, affine=False, track_running_stats=True, dtype=float16) on (1, 22, 35) float16, train x2, eval x2, train x2 (grad; input layouts strided,transposed,contiguous,contiguous,strided,contiguous; use_batch_statistics=None; initial values via checkpoint; MindSpore-only initial weight; relation batchnorm2d)", "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
