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

PAYLOAD = json.loads(r'''{"atol": [0.0011519529595328776, 0.0007267452781482854, 6.613909483416637e-05, 0.0012093205596963206, 0.0008747612497123483, 0.0009845110705050037, 0.0007796021161666452, 0.0008558858061026339, 0.0010066442296803322, 0.0012059272351246356, 0.001089523609804839, 0.0008607594437304418, 0.00113087903691685, 0.001408562968506528, 0.0008018203275257414, 0.0013269612267672111, 6.69780584703997e-05, 6.672900787775428e-05, 0.0012895579686825315, 0.0008015110354027358, 0.0011455253932451887, 0.0008105789481147703], "case": {"affine": false, "bias": null, "dtype": "float16", "eps": 1e-05, "grad": true, "grad_seed": 12817, "mindspore": {"init_via": "checkpoint", "pass_use_batch_statistics": true, "unmapped_init": {"weight": [0.8082070350646973, 0.07812191545963287, 2.368257761001587, 0.7422837615013123, 2.4982073307037354, -0.2051742970943451, -2.2246501445770264, 0.49462834000587463, -1.9496147632598877, 1.2861835956573486, 2.256399393081665, -0.4195172190666199, -0.060004692524671555, 0.5886346101760864, -2.859828472137451, 0.7383320927619934, -1.6431593894958496, -2.6172068119049072, 2.688934087753296, -2.6399314403533936, 1.5341366529464722, -1.760582685470581]}}, "momentum": 0.1, "num_features": null, "omit": ["eps", "momentum"], "param_dtype": "float16", "relation": "batchnorm2d", "rules_off": [], "running_mean": [2.3594539165496826, 1.2205069065093994, 1.2995375394821167, 0.3930993974208832, -0.11753391474485397, 1.672694444656372, -0.257877379655838, 1.0708885192871094, 0.10440748929977417, -1.3135402202606201, 3.968745708465576, -3.7476744651794434, 2.6345460414886475, -1.7440344095230103, -0.6845383048057556, -0.9135330319404602, 1.951004981994629, -2.20511531829834, 1.7357189655303955, 0.6615815162658691, 0.26014718413352966, 1.6224886178970337], "running_var": null, "schema": 1, "shape": [1, 22, 35], "steps": [{"input": {"layout": "strided", "outliers": 3, "scale": 10.0, "seed": 145}, "mode": "train"}, {"input": {"layout": "transposed", "outliers": 3, "scale": 10.0, "seed": 989}, "mode": "train"}, {"input": {"outliers": 3, "scale": 10.0, "seed": 316394012}, "mode": "eval"}, {"input": {"constant_channels": [8, 9, 13], "offset": 1.0, "outlier_factor": 299.99, "outliers": 1, "scale": 100.0, "seed": 388524710}, "mode": "eval"}, {"input": {"constant_channels": [5, 11, 12], "layout": "strided", "offset": 10.0, "outlier_factor": 299.9, "outliers": 1, "scale": 100.0, "seed": 108}, "mode": "train"}, {"input": {"constant_channels": [5, 11, 12], "offset": 10.0, "outlier_factor": 299.9, "outliers": 1, "scale": 100.0, "seed": 906604890}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_input-8e9a4f7b15", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "lvxWksX3qD8p4Wi/7I+dvwmwucetGIm/951BlPQlqb+epZGeVGCnv/iCDZVhecI/0pjm2g0erL/FhoT+QPSwv6HzBxwdT8C/7G0ZgH3awL/uk2caXxGpP78UD144waa/1YT9hnS+ob+QB4QvVfjDP7Fr8VAFJ7c/5Sc4KvdU0b9UX7KXvsCCv1C4i8KMF7K/ZJlw0S7Jwj9r3OxQ17Gov0rLk39lFXo/FcOU84z0qj8GsbW++T3JP0+yT28l1LG/T0hVkKQ4tj/afJOZYam9P4/MCBDmZ8u/j6pnoyDgoL+r1RmmKHGTP9OWBLYLjbU/ZNSLmiXxwD9mmVcLyrPNP3AUPHtrH6Y/PnM3VE1axr/upgOsUZi+v7S2E6O84LU/BpwZdOPFcL8rzfmhxHqjvxrUGXI/XbY/fBOdwgZwoD8eHMsFnVCHv5kvv0rMc8i/umOLwM6jcz+RPkT3Iou/PybF3mObFLQ/ZZ/O2TsmmD9b30WacmG3v6izx/IB1pS/Ha79Vb7Nub+mKrPiAJ2hv0Qo4LQU5rq/bxeWh8bJvT9CNXJeCfunvzJB8vK20Me/VFeESlmGcb9JDl6/3Q+xv0pNAxREAbU/MapE/I2Ph78+5yT8QKmZPwC1PhG5Fbu/eizr4YbXsz9r5WgLThOjP/553R5ZL6M/F/eFfqYuoT8HydveXtebv6ZUVb/oq76/0zwyc6a8wD/8NE5PdXeuP31EcA04AaY/+9nJqJ5Qtj+n9wm1nwkvP7yUX6C1NBU/Z+qqMkyHQT8QbN2SnHZEPzXMi//oojU/pNhlfhmkRj/leHbY0U0wv9h6gbC/v0W/cdLT3yTySD//oOY05JU+P8MGpjJvXDG/NtEV713DGb8BpaFaKHwbv9ZRslA13Ui/gQlgHkl2VL/PB8zCftdFP8SwmDTvRNG+dUSeUstBtz4f1TJlIzc4v16Cvc4Xaj0/4Bp6IKob+z4qbt98eBn7vpvb7tCaeDs/f+JJjbp5M79Vswrhgu1Sv4aNDfGaFxi/5vxcYR1AMz+cHii2XbU2v6EQ7yhYQwk/Zi6wXRAbNb9G8Bt7qf9FP3OaMpUhxyu/JiUt/TzpHr868BA9UilBP2QupjylNEC/o1PEdTD/pz/7sMk7/Hq/v2KRE+vQkLw/EcmvHYaOlj97gLO6lDJxvxCVzYPMSrm/oKl7zgqljb8AGVu1m4XSv0J8E5g2xbq/D/2aBYh4g789ZLxAz1WMv9ai064LA84/jG+y2H0nsL8Um6v5qEOYP6UGaQqylqo/HMMZZoSbtb9Q4OdO95CXv14wt6WI3aQ/7XqPkgy+tb8dOlVnFbCOP2N9vupOjsO/ivoX3MCgrD/sl1EJKMGwP1s4JiznPpU/+1q2YRd2vD/wDBHlH4e+v+h166vkZaC/qkZhiLKmxz8jUv5mVNSwP0nMtNuRzKk/6Wx3kIzDgr+TkxiJmkHFv4QGt3msx7Q/gfqP3LjMvT8628dmuSu4P1ptFeJ3tZU/iLBjUCZpub+2uT8GO129P241UBBIGKe/RnXtk7e3wb9GyWDNNsm3vyg8gCtg5I2/7bM5Fumkvb+k/f1pIyHAv7eZspYiw8k/PwFqP2i5jD/gB+5XCxK4v+Kp5stvHrG/5nz49KOjuD/fumiQqWdWv8It5VTBIpK/Za61VXeDh78UgN2ZVmHIP2tHWZl+DKw/htSswAVMoD+AqD7J39CgP1B8FNqAVKC/MmJXdoZFnT/4mI17DpeCP6QNRjBjd8E/U5+ww6wjo7/SYjawVFvCP4esIc2UUKa/fDWNzv5av7/J0zVJ1cO1P69Imfm6NKO/HXxlWmO+cz8I65dmbfvEvzbsNf3Gv6G/4Mpg/HGswD8Q8Y9kf0G9v8NLPPqdM8c/iVXXYNZxub/QHPhuBaa+Pyx7Mon4kLe/n33yjsx0sj+OWqcW4p28v6l9lfCmFbc/u9oaBQ71lD/KikzsJW6rP/kZxl6ULcI/ZinEDbRje79/SfgFa3Wjv/LIVm4rXcC/QxTAf1/phb+bSaW0QGHFP2meVkK1+sM/px8x1p2viD9kJA366Ki1v+ambydHP4i/8ZV+puY9lT8o1X9dOQ+8v+tpHUry9bY/40jeEO1/wD/Tb3FVKcLKv6+eU2mo3cY/kmkfDSywqL/Zl0LFXPixv1jVAgZupVs/p4CA3Vvak7+J950zDyG5v3i7LyG8bpQ/d/ou5bW/yL8HXBIdTAygP+Q15bIdn6S/k0dbX4iFuT/rWcAuQcqyvwawH8BmGpc/i1l2fcTygj8DWchv+Wq8vyGt/SK8ZZc/ghng6YoyvL/gR85vzcSoP6/HDhKesqG/b4fUVc0uvD+ku0Q9rKS1P/YZnd6/5L8/FU2TbzpBsD9ZFatAy9uhvw8t+CtalLS/VrBtGJmvyT9GtcHlKmW6v1JlP35Yf6e/FUkH9iuJpD/GIkQPky8hv0VB8Dr6UpE//H2SnUswqT+qD55vUUfDPxngHVweX7a/zRK9xdKnvL9K34oNSnqjvwPpfnFmvbS/IkxypywMvD+fuwFe3J+lvzyHo6WT3Yc/Mk5jA029dz8AyCwK6iCgv6M0REGf662/IJRnBfGsi7+qEVO6tsS8v+6cAKaBbsg/WE+JBK4YvL/HrxrflES7P5gXJQnvb6c/SaNkIJB1gj+J/djNveDCP6ooelHxVLw/MitQuHsqr7/XRx8Av2CFPzo5TmmnFr6/Z5bteezDkb8LykS2w6XFP/TFSebWScE/ZREd+UEAyj9QSesvmfjCP7qqQ5chh8O/5snEN10ItL9QeSx+YDnCv1/qvz8eW4q/m+dO50HNqL9ZTunVCQCkv8hxDsPxvM6/802qgXfttD8Q0RM/w5m3vx7F/9Mhyqo/3en1xH3QsD9oj8tDHbiqPy43ZP/6KZe/3DPDqxTLlT9n4yWydGKqP9hDtxBoqZ6/rHO/O3Jhx79+qVbuOIysvyLvBlbkpsS/7GH9mQcdo795q97b5r2wPz+g9gSU/aK/7ZZDopfpsb83iCDxc0+3v7STJ6VWsZo/cGQlaBEtmT9II2TdLbePP+ejL9WAJ8y/HD36LEMptj9EWrAPILvMP/ovyCi9wLk/guhk5RH/r7+ntjD6sla7PyPFQuHKlpq/03+g2maAsb+LY/IEcTGhPwEwhYx1zKW/lJeA8Rc3tD9Fy/kNc06cvxZ+C1tvEcE/SXyphgfepb9xWZ3+aeuwv9xcMUrglMU/Z4Ey/TXpoD/vlnbR/pemP6U9ojQxHLU/qL81hhkItD+ToMDT8SrKvwsffHpD+L8/SoZ9qx1xrj9r9WfAEeaPv0GL2K+QGsu/mFGygcBTt78oj26P593AvwjsqElr/bO/xu9FpuRAsr8vBu1IHh7EP66cU9VpWME/vlItZ2JJwb8tLk+X9yTUv7WnVqcGsaU/6DPnJaR7xz9PlvmTD4yzvyEjCB8WjLo/LbfWjv8Gg7/GlyAUnim4v6bI5RHMArI/B5t8rxNRnT/55PMcum2wPw04pYyyO4m/8IdICIxXeT92RVIqaTu7vxPXC5pHh8A/s3iSA/EcuT/ch751fLKQP7lqMURnL7W/ld+N6ZdJl7/EP4L0oF6YPzkFdJERY6y/rGw7Xa72xb+aoT+x/yeyPwof65ooE7w/PaTJFMOxuz8b6timmAq9v5haLi+Q5Z6/ooSDGjQxvz/Vls6bruOxv3paPUMUIcq/nRLiHaNzrr8WiLUUGHrEP/YSvGZ2G9A/gyGE9jdvwL+CoKYlHmPBv/zI/ZHztsc/hz030TFdzz9+DysySTWTPyVpLLte4Lq/+52X3KlNqj+NBQuy4VemP61tAIjmr6W/ZmgT8F6mwb94M+vZCGiKP1/EIoMsSq0/uBV9mK2c0T8GbcZzUQG+v7mHQyttqZy/JSAv+FB8wT91MWtWtRynv4qytMS/uMG/ZCQymQgJdr+XsPIk2B+7P0gHB8NGOJy/Mblpb0cjtL89PcveYArIvyvLqNc4DcW/llNVBU0iuL+bCOwL/Ealv9fw/236B66/Zl4Yqm04zb8ymWUWatWYP1Aw2yU/lMA/ZWxsg6l2Vb/D/c6BojbNP4PSGr0pE7o/YGVDfe3qub8umziNy2quv9NS2+x+ULk/k8nBYT/Bq78Tv/7hbQSgv1JkvjBaYKu/toYhugrAgz+1hcDu+Zy6v/SXrucaHcM/E/HJ4bg2n7+pnpwtlTurP7BIEmc5/re/pBGgWt65xT/d3AAY1W25vyNimkLA1Mg/8GQUiI0AsD8eM1WjYqXAP7rC8hETBaY/CrhUCoeTxD9Y8jXez1+1PyAYrrWpArq/1mPWSzbqnb9sFStazfKtP5jjHAyQmLa/en6V5pfijL9JlEw+Hye3vw2mxQNcCH+/k0CWsH+5x7/Dd0dDpjSov+C4SPekGZw/WWTQmI8jqL9sr8qPcjmbvwl8CMoFjp2/O22L8jKkuj+e/hGzrq2Yv4tjjcGbaMC/CRCdN1ydyT8Llntby0azvwvB17kjfIY/OhMeWSWQwr83qrMaIF2WPwolOlKNbLa/SNzuCkfl0D+mNSq2C+N9P7qQiLluhJG/oymcbAj6ub8P36jPyw6iPzXY6K2Ff76/aZZMkMuc0b+NAWR494asv9BfUpq5fsE/qKn1MYD4tT/BOqJqcbapv88ACpFWnM4/wla/Adpivb9LUbXrp+WHP2ODJIuY8cE/KeXU/dNXrb9OK9xyTn+6P/9+1YN+PIy/DF0DhYUxqb//PSI5rufMP85ehLaLfaE/ZEqRjDOAsL+HIcP8jye9vwwmSWgueNO/eHl+1ZdhyD9/QFYzUjCWP3DR/oFQHpw/t4034zuRsj+gyWDdP5THv4vH/zCEPJU/rO+mzDT8wL98KlVc5y7Av5rHAwPcg6m/1u3MvPigsb+8gwpfJVysv7832S7bkoY/vQupfJhFvT+gz17jAvrAP5ul3c7r2ME/UDjp/lqTor/ekxfZb5LIvyThVVu429U/sK//Qt/z0L/YxB+I7fR8vwjTP7YfebK/LTmhcMwIqj/XSQX6LGaDP46jV7q8UsC/TMQUXsA+k7+tkQOy2de0P11Xq/eR36Q/VbvqOy+ErD8VgHyuhVOxPwdHDWW0H9S/JJaq+E7a0j8q8pbPTYjHPzGnu/ACIbQ/GAf+EsOVjL++jznko5WqP01rRYQUclc/cd1fEKTMfr+mw1ewCOS3vz5633HCmIq/Yhaf+mr1tL87PrLB17anvydBUZnndLY/HR0WfOQwwT8LegpPS7mwP9wcoUuxfZ6/992kHDV/tT9LFYPtZkrCv43WmetSxrA/qKjEcezGwj+/Dd1oWqSlP4az9PU46bm/B1a7xpSmxL8sRjYOSLahvyu14HspS7O/qMMsFt/duj82xnJQEcy2P5fTMZ9UeqS/XJKdtgc4vb8hnWKoQM+/v57RV9TsVIU/lzg5VO8vsz9s5fNuvHuyP5E3wbB7OK+//vDCbYw3lz/BpQj0AdqBv2gWPHIMprA/tL/iCsDMnT9SI6dGYqXDvy3V0zIRfb2/3tbWqCG9rz+gfjpFc2+2v16q1JP8PZg/n6ETrDAvob8h63nhbPjCP5+u+g/J1lY/1D9CyZxHrD830ldccV2iP5IIcXnL3Lg/NZfLKwKHsT+Di0NkxBWhPwO4LsL8w7U/woBO9bUlvr+AhxkDLjarv4kV+10l2LA/Ei/layvexb++O+wjFVW4vxPYbMRlurG/my9btm5cu7+Hq1nNuWmTv5nPcBeZIdQ/W2cAfu3gwb+1+QPG7AygP9DUBi3RDKg/zrS4Il7Ukr8WGrdeuvKlP4PyVZQiWLc/mm8QKPPFoj9dfjLbNS+CP2osy7ozhbK/NfUZo9kgwj9WKp/1yVq4v/PHu4LMfXO/pAk7kUE+qb/oohk+JE7FP4Nn5C9bsrO/orSgjbTUbL/kHrpNflaEv6+8gwJWV5+/+NhWpOxlwL88xHVSHiSvv4C19A+folE/BS+LMHGNRD/ob3v8Ipwzv4BudZowcEK/qv05ypDOC7+dirkcI0Evvxtb1WAv01G/n6/t3NBOUT856aSgdkoiv/sR7QJx9k6/ub7E5cq2JT+HCELsK85SP4koRv1/8FG/R3fZLRL/Ib+P+fgAolMbvwuPGbRZVhi/6DzmBXGLOz8iCusa1MVOv4fh1BJTulM/ShNTBUHJUz/w81EvFypXv8UGVernKlS/dPl0hgmcMj8e8EiK27r6Pjo+aFOFwAe/3yUDIyMgSz+RG5uReeFDv1MHv7osUPi+HBiUmz+HRb+VBeYJxCpGP3KcWpRqs5S+xqd5gx3DPb/LXZ4NHWw1PxG/u/D1LVQ/TpNWI2fvI791w8pXcpFAv1w/rF1CX1K/TZdAass6Ij+4LqSLnF8Yv/ymWviZuka/9npXFCTYQL/acTLplBYrv0fYjy5xOlQ/FS4hEeULN79gqIJIZ2o+vwAU1kUsavY+RBzdPlSdL7/1l8Pnii5IP04mAI2IFgC/UmtdHBz1Qb85+KVYGFQlv4nKTNHP10a/X1Zqrp0aNz+RhACGbpY3Pzw2PlZ1pjI/Ctar0SrRSz8B9cVCeX0pP7zid80KlQO/f1IRQEVxob5+1Ep0jRNGv11eGB9V4jY/AqOlfz7OKz8d8/rlgDk0P4NiF8CqWiS/yiuILRomQL/BPxWUgIQrv6efj+kfQ0g/5pZwJ+vLSj9ppRojc3NBv3k+Dpg6hVI/8j+LPfgOgD+qq0Za0fXJv0K2cNXA2sU/IZm0IxcW0r/m9EqhDmirv/8SiUXoe5G/xlVEP4kLyL+Y6eC/ZLqfP/TkhfOgIcg/VBjE61Ydpz98fdglbImjP1kaMRlEesO/5oG2O1tOlr8pI0Nm2S65PyJ7ubviR9S/LZbgQ6ynyr/nRMx9ZQvGP3mLWYqKGbC/9MuTbvhMuz8RLJk3IdayPzMIeZ72pJg/ng5EOsCQd78EQ9+l/IDCv5mLnFJuSaQ/sxVX2Dz0lj8njWOPXffAv/+1P3qjz6Q/edn/v3w9wD84qrdJTALJP3N49MY7JZU/89I9sUVBfD++APkxV4XBP9C4wFDFAaY/Xhlz9nptsD84i2oJF2XBPyIldFgTzLw/fX6e7pEwwD8jVVZUHyuav5jqFbh5T7e/pMKfXt1lvL9S0ogaxl6zPyrQ60ZeKZs/7ILATLnxqj+n3Ft623W2P56i03ciPYe/YLBhIUJwvD+G8+/QZrW5v4qxckFyyqc/NXL3wrhrrD+QD7xL9eChP137lPK1H3I/D5SMr6V/yL8hfzl14FTGvymVYjRz7rW/yjq/zFrJpD84imPbbYCDvxk8CaKGQrm/JgGstfBgrD9QkkQ+bDetv3YyFoMu6KS/F2QmD1dbmj8+dQedZimRP8bL9h5XQ8I/NTXyJZk7aD8w3siyJ1asv+lQuab4V6i/ulnYhqrblT9go0cVC1uEv1b+IXUhtam/gQxfEWjbvj/0826lILrDvyn9CTlRTbC/utXgKifpsz/UopXqdqTFvwFqp+8aRaa/OH+fGtskpD+JcJqllFK+P/NaJhO6Vce/gfvcJkXTjz8EpQMDFoq9v3+fccrGIM8/l8CEvcB7mj8EjGEamVy4v7lLqwyhFq6/vOzl7ugGwb8HlITKQ/yyvzMNPdW0uqw//heIHy210D/XylSIW86gv6G5ODOpQXO/zoa6EArUyz9fgqq40PKav+t5CotPm8A/jauwJhGXqz8DkPqjgNGyP5lPYZcGNcK/PlmECpSdlj9mmjgNOoa/PxBFcgPmnru/jgNNTnwoqb/9f6s/vqmtv3IQnQA1Ibs/HTXMVMnmxz/LqabcxDSnv4gTJZQd3ci/cG6jjGn6qL9iLEiH+fSqPy6r57IaYLW/IrcbkAv9vb9poOHAjKGfv9WgTHnNGqM/DXBtGqCcxj+wBRbb/NK0vyOUYuCgpZg/mwloYnQMlr9/xnJCNr/HP6EjCoLlL6y/DrF8pBMHs7+ObvieeGiDPzxnxtVAw4A/hh3gxpyueT+NxVvSfH6kP01Q/niXm5Y/JhVB4s7Nt7/AN/Whe8uGv9OBTgOpapo/7HPucOZ+sL9QLkINaXSjP2nn9KDAs7E/BKMZWX/Ufb+3ZhopLOe7P/MJTSXjIqm/tvbDEKUGsb8wq5kob++pPzaaC60zb62/6eCuysHzsz8dvk+eCpWRP6GuL+bNXIy/lHhiS4dbrT9lL/O1mePAvw==", "shape": [1, 22, 35]}, "rtol": 0.001, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"running_mean": [2.3594539165496826, 1.2205069065093994, 1.2995375394821167, 0.3930993974208832, -0.11753391474485397, 1.672694444656372, -0.257877379655838, 1.0708885192871094, 0.10440748929977417, -1.3135402202606201, 3.968745708465576, -3.7476744651794434, 2.6345460414886475, -1.7440344095230103, -0.6845383048057556, -0.9135330319404602, 1.951004981994629, -2.20511531829834, 1.7357189655303955, 0.6615815162658691, 0.26014718413352966, 1.6224886178970337]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float16", "num_features": 22, "track_running_stats": true}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [true, true, false, false, true, true]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn+graph", "mode": "graph", "plan": {"assigned_init": {}, "checkpoint_init": {"gamma": [0.8082070350646973, 0.07812191545963287, 2.368257761001587, 0.7422837615013123, 2.4982073307037354, -0.2051742970943451, -2.2246501445770264, 0.49462834000587463, -1.9496147632598877, 1.2861835956573486, 2.256399393081665, -0.4195172190666199, -0.060004692524671555, 0.5886346101760864, -2.859828472137451, 0.7383320927619934, -1.6431593894958496, -2.6172068119049072, 2.688934087753296, -2.6399314403533936, 1.5341366529464722, -1.760582685470581], "mean": [2.3594539165496826, 1.2205069065093994, 1.2995375394821167, 0.3930993974208832, -0.11753391474485397, 1.672694444656372, -0.257877379655838, 1.0708885192871094, 0.10440748929977417, -1.3135402202606201, 3.968745708465576, -3.7476744651794434, 2.6345460414886475, -1.7440344095230103, -0.6845383048057556, -0.9135330319404602, 1.951004981994629, -2.20511531829834, 1.7357189655303955, 0.6615815162658691, 0.26014718413352966, 1.6224886178970337]}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float16", "num_features": 22, "use_batch_statistics": null}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, true, false, false, true, true]}}], "step": 0, "summary": "BatchNorm1d(22, affine=False, track_running_stats=True, dtype=float16) on (1, 22, 35) float16, train x2, eval x2, train x2 (grad; input layouts strided,transposed,contiguous,contiguous,strided,contiguous; use_batch_statistics=None; initial values via checkpoint; MindSpore-only initial weight; relation batchnorm2d)", "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
