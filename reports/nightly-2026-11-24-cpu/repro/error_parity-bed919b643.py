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

PAYLOAD = json.loads(r'''{"atol": [0.01082737110445137, 0.00799653436683074, 0.008629848246136702, 0.011498836422269742, 0.006996966677805667, 0.007473859659210759, 0.00978965197691389, 0.009286052988550111, 0.01165144217631937, 0.010583201897971963, 0.007656986564070315, 0.00763409570096287, 0.009141077522202962, 0.012193192603195555, 0.011529357573079666, 0.010010930320285851, 0.011292818654302742, 0.007950752640615852, 0.01175826620415411, 0.00834752760114489, 0.012231344041707963, 0.007588313974747981, 0.010033821183393297, 0.008179661271690297, 0.012551816125212186, 0.007683692571029, 0.009018992918963258, 0.009888845717046148, 0.015298719698105518, 0.0075844988308967414, 0.008874017452616111, 0.009522591907327037, 0.011071540310930777, 0.01479512070974174, 0.009225010686930258, 0.009316574139360037, 0.008790084287888814, 0.010438226431624814, 0.00875956313707889, 0.012040586849145926, 0.010216948088252851, 0.009408137591789814, 0.008591696807624297, 0.011437794120649889, 0.008332267025739925], "case": {"affine": true, "bias": null, "dtype": "float16", "eps": 1e-05, "grad": false, "grad_seed": 0, "mindspore": {"frozen_statistics": true, "init_via_constructor": false, "pass_use_batch_statistics": true}, "momentum": 1.5, "num_features": null, "omit": [], "param_dtype": null, "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [45, 45], "steps": [{"input": {}, "mode": "eval"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "id": "error_parity-bed919b643", "kind": "error_parity", "quantity": "output", "reference": {"data": "RfH3ufoXwD/IxM91+ufAv2YnWUj5f+Q/0KPjMvfbuj9CpCZi+iPhv9CW1mr4I9c/QrEzKvnb9D++5jgR9k/uP+FCRJ/4g+a/oNJRXfk/9L+oqIh3+e/jv+1lTBH5J6U/AEFB6PmXAsCXFjXT9v/Lv6ioiHf57/O/e0vvUfhv57+h445K+mvhv6DSUV35P9S/+IQkXvdX2j+bWimI+q/wPyJ70pv6c8C/WgRR1vjb9T9QENAG+Uflv5XNk6D4f9Y/5akvh/bn7D9qn4Ed+A+4P1jVyTP4y+e/OxNhVfZ/7b9aHmtm9kvdvyyWesP2L8w/d8a5tPon8L9SWXE598fKvwN91VL5X8S/iq67U/pP4T9zgsX/9nfLP1sim4v4v9Y/dIb1JPnr5L/RmgaQ+pfAvxrd/8b3F+k/IpXsK/jj9z+JnX5m+SP0v2Y0ZhD4N/g/FmXX8fiH9T9QHd3O9//oPxU6gHT669A/pD1tavkX1L9lFhxb+FP3P7uZZ7n1W/8/Z1+9jfbT/D/XMHka+Qv1P77MHoH439Y/BsqmqvlT879wLBcF+j9yv/HQZx75/+Q/fFwsP/mb9L+vXEW390fZP1ji1vv2g9s/G+48tPhD5j/dyhvK+fPyvzrb/A/5K+W/ZkFz2Pbv279j68Td+bfyv08MoOH20/s/5JjymfW737/XMHka+QvVP+w69ZP6i9C/lLxWs/dT+T9Ue+sT+R/1P+xHAlz5Q+Q/gdiEOfqfAcCjOT1F96OqP6Z5AdX43+U/rAaXvPoP8D9gnvOF+cPjv6v+NnL2J/0/VHvrE/kf9b862/wP+Svlv0ly/TH26+0/Z1KwxfcbqT/HpoXA+gMAQJt0Qxj4H8g/7EcCXPlD5L+B1FQU+CvYvznO70f6c/G/NFKXTflv9L8iiN9j+SvkPwBBQej5l+I/k5H/Nfm39D/o6fMW+CPovxiueCT3B/s/IExL+flj0r/lnCK/9y/5P+xhHOz2s9u/RQsSSviH579deEmG9ffPPwfb45f6f/A/fFwsP/mbxD+wYHXc+bviv5gaZfj4c/W/F4Mhp/hr9r/5e0e7+hPgP7LDMJ/1q+8/irvIG/kHxb8nBDhe+i/xv2ZBc9j27+s/GbKoSfl79L+M91yG+M/mv3fTxnz53+M/qtcPGvr/AcA+UyXl97vYP0228eb5m+K//yvU1fb3uz/rKbim+V+zvwXGdoX338k/No4ruPg35j9LlHcM+EPovw+t6oz4u/Y/mlb5Yvg75z+Awxcn9//qP+agUuT5o/I/MRLTvfcz6T/MOMgl9wPrP5+0B6j5W7M/2WwNhfjT9r/xw1pW+kfBvyceUu73n+i/p5dLivjD9r/sOvWT+ovQPz9XVQr6L+K/umUzmfp78L+bWimI+q/wv9uOh1/6K9E/PBeRevjz1j/tZUwR+Sf1PyPAQ6n2f4y/T+V4ifqr8D9j+NGl+G/2P2zB+/f5Z/I/ROC6zPnrAsBKaSCP+afzP/dZzeD4u9U/422bHPcf2z+/6mg2+MPXP8Rzzvj3f9g/NFKXTflv1D+IjEF5+PfWv9UbDAj2a/6/NGyx3fbfu78JMZKS97fpv/HDWlb6R/E/6gtu8fl70r8a0PL++F+1PxRDXRf3L+u/C0b/pPpX4L8QyzRC+J+Hv7/qaDb4w/e/iH80sfk/0z97WPwZ9ye7vylAzMj59/K/V6pytvkvA8CJkHGe+mvgP6eKPsL5C9O/riThcfrz4L9AnMYX9jvOv+A+FHr2D/0/3MbrpPd/qb9RLhq8+Cu2P1jVyTP4y/e/RPrUXPdb+j+L8yxh9lvtPxHPZGf6E/E/+rOrAPhnqD/zCMxj9lPtPyYACDn4u9c/sX6/kfmf4z8CX4ud+XvDvytrI0b4k/e/bvCCmvp38D/5r3vb9fP+v4DQJO/1t86/sHqPbPcryr+bWimI+q/wv7F+v5H5n+M/i+Yfmfejyb+ytiPX9vPbv7b6F4z6o+A/UmZ+AfZ/3r82jiu4+Df2P5XNk6D4f9Y/o0ZKDfZb3r/1RGDO9Rv/v3SG9ST56/S/CPktTfpj8T+esNeC9+epvw2Ckw/6H9K/EyUTYvdL+j+ynAlH+YP0v7Bgddz5u+K/jRF3FvY/3r9JS9bZ+cPiP2uwvgr5O+W/sX6/kfmf479wRjGV96/5v7GLzFn4V+c/h3sEjPfL6T8G8c0C9nvevycRRSb558Q/+qaeOPmv9L+nsWUa9jPev+6Dlsb4C/Y/vIN9TvpfwT/qC27x+XsCQOWcIr/3L+m/aFbg6vmP4j/pBz7M9wfJv8EM4xD6G+I/1P3BUvaHfb/Fd/4d+vPhvx433ub2w+u/XV4v9veHCED5iFSD+cuzvypRCbb6IwDALHxgM/m/5L9eb2zj+LPlP/ZiqoP1/9+/kEQu3vjD9T8UHDa/+gfwP07UO5z5f8O/9CYWGfY33r/5e0e7+hPwv8sNcaj4Z+a/3vVyR/iP97/U9OSv+UPzP/dm2qj3c/k/pD1tavkX9L/4agrO+efyv0LLTbr2S/y/43qo5PXX7r9UiPjb99cIwAkXeAL6R/K/LHxgM/m/9D9szgjA+B/WvxDYQQr3V+s/icSlvvVL37/fIMrE9iv8P9zG66T3f8k/3xO9/Pdz2L/o3OZO+WsEQHjxEDL5w9S/MzRNmPmL879s2xWI99fJP8NId3v546O/xFm0aPoP8T87E2FV9n/tv6Ib84/3v+k/3gKAD/dH6z/OWkIA+Vvlv9ublCf548Q/cmR7SveT6r9JS9bZ+cMCQC649J34h+a/r2lSf/b/3L945ANq+gvxvwW5ab34J9a/ap+BHfgPeL/2SJDz94/oP+e+nJn5h+O/C2AZNfjHx7+RYniT+Kf2v6ekWFL3e+q/7oOWxvgLBkADcMiK+qfwP1Ad3c73/+i/Z0Wj/fhj9b8LejPF9TfvvzaOK7j4N5a/fW1pLPrHoT+kSnoy+M/nv+Nxy0H5k/S/p5dLivjD9j/lqS+H9ufcP6DfXiX499e/XWs8vvY/zL9hrzBz+u/gv2CrAE74ewfAUUg0TPabvT/2LnZj+h/xv2CR5r36C/C/GbKoSfl75L97S+9R+G/nP7Bgddz5u/K/PBeRevjz9r/NPPhK+XfkP+jp8xb4I+g/5+XD8fWv7r+q1w8a+v/hP36Ls+H5q9K/IWqVrvlH0z8iiN9j+Sv0v++u7UP3p+o/iH80sfk/8z9P8oVR+WPkP/u32yX62+E/D8cEHfYrDsCbWimI+q/QP5lFvHX3D5q/eiCY1PnTwr8iiN9j+SvkvycrX7b2V6w/kW+FW/df2j8w2m54+t/QvzaoRUj2p92/lt7Qjfmr8z+zrUY0+q/xv7plM5n6e/A/+HcXlvifxj9WpkKR97vpv2hW4Or5j9K/CT6fWvZv7b+Ur0nr+JvlPxvuPLT4Q9Y/FljKKfrP4b/OTTU4+qPxv7lU9qv5T9M/Aoay9fWj7j9eiYZz9iO9v1JZcTn3x9o/ap+BHfgP2L8+OQtV+kuxP+agUuT5o9K/Lqvn1fnP0j80X6QV+Cf4v3xcLD/5m+Q/CT6fWvZvzb88F5F6+PPWP9y53tz4x9W/ZidZSPl/1D+OGddg+ifxv1sVjsP5B/M/RRgfEvc/+79qhWeN+p/wvw/HBB32K84/4mCOVPhn9z/K4hkr+svRP+SY8pn1u8+/QIKsh/jL9r94/h3693vIv7YHJVT5W5S/ZSMpI/cL+z8Qvid6+efjPyyJbfv3d/i/qJt7r/o3AECvXEW390fZv0c2acf2I+y/d+DTRPiX9z9D3Iqn93epv/mVYUv4g9e/lxY10/b/yz8Yrngk9wfrP8n4A5b1x+8/CSSFyvj/9b9deEmG9ff/P3JxiBL2S+4/S5R3DPhD2L9JZfBp9zPqvyuFPdb1A++/6AMOp/WTvz/fBrA0+bvkvyyJbfv3d+i/gxDpfvfz6T9lFhxb+FPXPxZy5Ln3P9m/rSCxTPh/5z+meQHV+N/1P2ujsUL6g/G/uVT2q/lP47/CUVQe9ifuPyF3onb4/+Y/+94CfvYDzT8AQUHo+ZfyP1Ru3kv6Z/G/9SpGPvir97+FTH3p9rvrvwcPGLj1X78/Q9yKp/d36b9zj9LH9S/fv78Eg8b1M++/Kl4Wfvnb47/5e0e7+hPwv/mVYUv4g9c/q/Epqvdv6T8Yu4Xs9b/ev4wEak73h8q/AEFB6PmX4r+ThPJt+v/gP0CCrIf4y7Y/3MbrpPd/+T+3GGJB+ofxvwJsmGX4M9c/pXXRr/Zr3D9STGRx+A/Xv36Ls+H5q+I/bexSdfgD97+uJOFx+vMAQOWPFff4d/W/CT6fWvZv7T95Ak4f+u/xv7g2rPb5a/I/Jx5S7vef2L84vbJa+UfEP3ft4Az3T6s/NWPUOvqb8T/jcctB+ZPUvyYACDn4uwfAfGk5B/hT6L/5lWFL+IPHPyyWesP2L9y/dJMC7fej6D9Bhtys+j/wP0Tgusz568K/8L8qMfjT97+4Q7m++CP2P9YjbFL6U/E/cUphuvkj07/jZL55+tsAQE3D/q74U9a/P1dVCvov8r/1HTl2+fPDv1nZ+Vj6P/E/x7xvK/b/7b8LejPF9Tf/P7g/iZn2r+y/OMaP/fWL7j+h445K+mvhP3s+4on5t8O/8cNaVvpH8T84yr8i+P/3v6rkHOL4t/U/JubtqPpLsL9vDs1P+lvhv6DfXiX49+c/riThcfrz8D90kwLt96PoP6rt+YT1+/8/PjkLVfpL8T/+EbpF+Yf0P/HDWlb6R+G/ko3PEPdDuz/3TMAY+gPiP/LhpAv6K5K/bd9FrflL0z+Sjc8Q90PbP8w4yCX3A+s/tOWqefcDur9+mMCp+GPWv/QZCVH3f+q/vKqkpvaH7L9JS9bZ+cPyPy2aquj4o7W/5Zwiv/cv6T948RAy+cP0vyuFPdb1A/+/ZhpMgPrH8L877Dn9+VfyP11EFWb6F/E/tyVvCfk/1T8k0YCW96vpv80v64L6v8C/9P/uwPkP07+HbvfD+BPWv7/dW275CwTAJg0VAfdz6798aTkH+FPIv0uUdwz4Q/g/43HLQfmTxD8XgyGn+Gv2PzES0733M9m/wztqs/or0L+/BIPG9TMPwDaoRUj2p90/Hy4BRPp/4T/EgNvA9jf8P9qkccr1J9+/T/+SGfgbuD8TGAaa+JPmvy6r59X5z/K/jPdchvjP5r+HbvfD+BPWvxL6u+T4r/U/DYKTD/ofYj/70fW190vpv6Zs9Az6J8I/nIFQ4PbXyz8tmqro+KPlv1WMKAH6S/I/9CYWGfY3/r/DYpEL91PLv1AQ0Ab5R+U//y8E+/hr9b+EISZs+B/XP/qmnjj5r/Q/SFSzfPYH3T9lIykj9wv7v8wru134S+e/ez7iifm38z+M6k+++RfTP279j2L5L4S/EfaLv/Y73D+fwRRw+BPnP93XKJL4q+a/tMuQ6fmT0r9VjCgB+kvCP1Ru3kv6Z+G/Ec9kZ/oTwb948RAy+cP0P0YlLNr19+6/lgX45fXT/j/4kTEm9g/+P44itAP3a/u/jzchFvoLwr/YTsPP+O/VP8ne6QX4V+i/2opXOvi35788MasK9mPOv6i1lT/4p+c/WLuvo/pb4L8oSalr9jv9P2hW4Or5j9I/ejqyZPdDur+19udm+C/3P7/dW275C+Q/XEDlQPij1z+GUK0O+S/Vv0hUs3z2B/0/HPtJfPf76T8BW1t49wfKv8r8M7v3O/m/1h88Lfjf1z9VjCgB+kvyvyYNFQH3c/u/+7fbJfrb0b/3TMAY+gPSP7KcCUf5g/Q/KCKCE/oT0j+HewSM98vpP2QJD5P5m/O/n8EUcPgTl78VbrSU9cu/P9YsSfX2l+s/aH0HQ/a3vT9WpkKR97vpPypRCbb6I+C/V7d/fvjn1j/ZeRpN94vaP9p9SnL5//O//OIyo/h3xj9mJ1lI+X/Uv7p7HQT2d/6/m3AT8/Wr7j8dDIdp+CfXv94CgA/3R+u/6OnzFvgj2L+zrUY0+q/BP5t0Qxj4H/g/a7C+Cvk7xb9AnMYX9jveP72u1Mv4+/U/Ec9kZ/oT4T9dRBVm+hfxP1JmfgH2f96/DH5j6ver6D/PkqZF9q+tvycEOF76L/E/rAaXvPoP8L9rvcvS9/Pov4UyY1n5S/Q/Gt3/xvcXyb+IjEF5+PfWvypeFn7527M/O/lGxfgP5r/p+jAE+U/1P40ImnP5+/O/IWqVrvlHw7/qGHu5+DPWP235Xz33u7q/JNGAlver6b9qrI7l9sfrv60tvhT3N9s/umUzmfp78L/6pp44+a/kP64++wH4Y/i/Mfi4LfrD4b8AQUHo+ZeiP3Joq2/5B/S/QrEzKvnb5D92tXzH+fuSv4UlVpH6k/C/5H7YCfhL+L81fe7K9wv5v8safnD3H6o/g/bO7vmD8r8Nj6DX+Nf1vwXTg032l82/2EG2B/o3AkAx+Lgt+sPRP/qzqwD4Z+g/+aJuE/c7yz+C8p7J9w/pPzEFxvX4e/W/8cw3+faL2780RYqF+rfQPzvsOf35V5K/Qr5A8veTyL/p+jAE+U/lv6DFRJX6h9C/I7M24ffH6L/rKbim+V8DwNlfAL35G/O/IZG8BvZv3j+GXbrW9+f4P/veAn72A/0/1z2G4vfDuD/tf2ah9pfsP+A+FHr2D+0/Bblpvfgn5r/IzawY9yv7v81jH6P1n58/LJZ6w/Yv/L/NPPhK+XfUv2l0KqD5c+M/wjc6jvi39r+gxUSV+oegP97oZX/51/M/0JbWavgj1z80RYqF+rfgP/veAn72A+0/hUx96fa7+z/rKbim+V/DP5be0I35q/M/iZBxnvprsL/SuFBF+nvhv9USL2X5J9Q/N59opflj47877Dn9+Vfiv2l0KqD5c+O/h2Hq+/lbAsDMOMgl9wO7Pwfo8F/5N/S/Jg0VAfdzu78CbJhl+DP3P0/leIn6q+C/I5kcUfpX4b/BGfDY+NP1P9K4UEX6e+E/pGSUwvU/7z8PreqM+LvWvwf1/Sf47+c/JMRzzvjz5b/gJPrp+J/lv0B1n7/5E+M/cUphuvkj47+p09/094voP3FKYbr5IwNAM05nKPf7+r+2FDIc+BPovy2NnSD66/E/aFbg6vmPwr+0y5Dp+ZPyP3fGubT6J/C/0sVdDfkz1T/U9OSv+UPDvxLtrhz698E/hlCtDvkv1T+aSeya+YPzvycEOF76L/G/fpjAqfhj9j9JS9bZ+cPSP60tvhT3N7s/xqJVm/iPpr+M91yG+M/WPzaBHvD5f/K/XXhJhvX377+OJuQo+d/0P5+0B6j5W8M/YLgNFvcz6z/rKbim+V/jv6IO5sf4B/Y/0+OnwvgX1j/+Gpfo9cveP1ADwz76j+E/3MbrpPd/6b/LJ4s49tf9v3N56Fz6M/G/MjAdc/cX+j9dUSIu+c/0P+oYe7n4M9a/uVT2q/lP07+FJVaR+pPwP69POO/4j8W/xGbBMPnH9L+g0lFd+T/0PzjGj/31i94/PSjOZ/kfBMC/3Vtu+QvUvyBMS/n5Y8I//hqX6PXL3j+16dqe+XfDP2qSdFX5V+S/6jKVSfajvb9fgKnQ+d/SP44Z12D6J9G/WNXJM/jL179yaKtv+Qf0P3JxiBL2S+6/5q1frPhb1r9Bhtys+j8AwIquu1P6T+E/9BkJUfd/6j8EjhJA+ovhP4vzLGH2W+0/eAsrwvYz3D+L2RLR+OvVPwpc6Q/2U94/qbnFZPob0b8OoN3E+QPzPwFOTrD4T9a/luvdVfhj978UQ10X9y/rP1FINEz2m/0/gNAk7/W37r+05ap59wO6v9hOw8/47+W/FVSaBPhb2L934NNE+JenP3fTxnz53/O/Mfi4LfrD0b/IwJ9Q+HP3vz9XVQr6L+K/drV8x/n78r9hrzBz+u/wv1ji1vv2g/u/mknsmvmD8z8m5u2o+kvgP5twE/P1q/6/jOpPvvkX47+YGmX4+HPlvyBZWMH4G+a/HQyHafgn97/o6fMW+CPoP5S8VrP3U9m/LtIOLvb33T/jZL55+tvgPwkkhcr4//U/SFSzfPYH/b8Dl+/i9s/7P4UyY1n5S/Q/O+w5/flX4j/0/+7A+Q8DQOFPUWf3O8o/x69iY/dH6j8QyzRC+J/nv6Zs9Az6J/I/MQXG9fh7xT9Mv86J9t/cv2GvMHP67wBATtQ7nPl/079a90MO+iOCPxZy5Ln3P8m/zUkFE/gv6L+ThPJt+v/gPxDLNEL4n+c/KU3ZkPiv1j+r9VnP+eMCwN7bWLf6H/A/F4Mhp/hr1r+16dqe+Xfzv7lU9qv5T+M/90zAGPoD4j+bWimI+q/wv60TpIT5xwNAn7QHqPlb87+FTH3p9rv7v52WvfL5d/K/D63qjPi79j/hQkSf+IPGv6RKejL4z9e/rlgVkvXTr7+M6k+++Rfjv9Pjp8L4F+a/spwJR/mD5L+RYniT+KfmP7/QTqb6U/A/MNpuePrf8L+1EAL39Z/OP32Hg7z3N+k/iq67U/pP8b/5e0e7+hPgvx0Qt476m/C/Ybw9O/mn9L/mumx09xO6P971ckf4j+e/u3JAYfkz5D8qZ/Mg9h+evyla5lj3Z9o/F3YU3/mz0r/RpxNY+U/kv07hSGT4N7e/zTz4Svl3dL9fjbaY+Jfmvyt4MA73S9s/IpXsK/jj5z9TXaFe+TvEP44itAP3a/s/U12hXvk75L8DcMiK+qfgP2QF3233J9q/X6fQKPYHzj8l78pL94/qv69CKyf61/E/Lrj0nfiHxj9AdZ+/+RPzP6DSUV35P/S/6AMOp/WT379VlQWk9o/sv9/5omz6A+G/Bblpvfgn5r8v8Fjj9du+vxrD5Tb6p5G/pVu3H/n7pL99bWks+sfhv+xUDyT4+8c/5Ivl0fYD7D9Mv86J9t/svxIU1nT2H00/KUDMyPn3sr8u0g4u9vfdPwtG/6T6V7C/YJHmvfoLkL+XI0Kb9bfvvzaOK7j4N5Y/OxNhVfZ/7b8H2+OX+n/gP3bPllf3a7q/m2c2UPlnpD9vNfSn9oPsvwkxkpL3t+k/Bblpvfgn5j89Quj39o/rPxZYyin6zwFAaY5EMPfjqr+IfzSx+T/zP0uukZz1s7+/fYeDvPc32T9Kdi1X+F/XP2GvMHP679A/I6YpGfkP5T9pdCqg+XPTvwxxViL586Q/9i52Y/of4T//K9TV9vf7P5pjBiv38+q/mDR/iPbj/L+SmtzY9fvev23sUnX4A7c/fpjAqfhjxj/DVYRD+Ju3P0Tgusz56/I/WO/jw/U77z99h4O89zepv6wcgSf2C96/uEO5vvgj1r9AgqyH+MvWv0y/zon238y/TLLBwfcn+b87E2FV9n/dvxRDXRf3L9u/gdRUFPgryL/acD2q+kfQv316dvT4f+U/3/mibPoD4b/J6/bN9g/cvyOZHFH6V+E/KmfzIPYfzr/sYRzs9rPLP/8vBPv4a+U/gMMXJ/f/2j/HpoXA+gPQPwA9EcP3I8m/wRnw2PjT5T/84jKj+HfGP3fGubT6J+C/bd9FrflLw78CX4ud+Xvzv2UwNuv1w+6/KmfzIPYf/r9Dz33f+L/lvxrQ8v74X/U/FljKKfrP4b8xEtO99zPpP6rg7Lz2Q2y/F4Mhp/hr5r+zulP8+Gf1P5krouX5n+I/MAGW0PYH/L8DcMiK+qfwP3N56Fz6M/G/p5dLivjDxr8a0PL++F/lP1eqcrb5L9O/4BftIfrn8T8VVJoE+FvoP8r8M7v3O/m/QJzGF/Y73r+PNyEW+gvSP2zB+/f5Z+K/oOxr7favy7+mhg6d95fpPzi9slr5R9Q/VrNPWfZz7b+ZOK+t+FfGPxiUXpT5l+O/HP95oflv878oIoIT+hPyv4dh6vv5W9I/gv+rkfbHnL/PeIy1+D92PzvsOf35V/K/koDCSPiLx7/RmgaQ+pfwv+oylUn2o+2/ofCbEvkjxb+4Q7m++CP2v/8vBPv4a+U/w0h3e/njA0CL8yxh9lvdP5taKYj6r/C/bw7NT/pb0b866AnY9+P4v4HUVBT4K9i/9RAsrvo74D8TC/nR+dviP1NQlJb6g/C/cUphuvkj0z82gR7w+X/yPxVhp8z2E/w/F4Mhp/hr5r8HAgvw9qfrv+j2AN/226s/L9Y+U/hrB8CThPJt+v/gvyOZHFH6V9G/JN6NXvZj3b/gMQey91f5vznk2bL1b8+/VIj42/fX6L+yqRYP+DvoPyTejV72Y+2/3KzRFPoP0r8yPSo79s/Nv6Zs9Az6J+I/A33VUvlfBMAoL4/b+MvVvzD0iAj4T+g/0JbWavgj17+Tngz+92/4vycRRSb559Q/YtqH8PiL1T+KrrtT+k/Rv2hW4Or5j/K/jRWnO/iz579YyLxr+RPUv+SL5dH2A+y/gNAk7/W3/r/bqKHv95vov4HubqT1m6+/qJt7r/o34L9SP1ep+Vezv/8vBPv4a7U/uD+Jmfav7D+B2IQ5+p8BQC/WPlP4a+c//OIyo/h39r+3JW8J+T8FwM1JBRP4L7i/CRd4AvpHsj8AQUHo+Zfyv1Ru3kv6Z9E/qdPf9PeL6L/ukKOO98PZP6nG0iz509S/q/Epqvdv2T+B4WHc9uP7v8nr9s32D9y/DqDdxPkDw79AgqyH+Mv2vypn8yD2H/4/iq67U/pP4b+DA9y2+Dv2PwSbHwj5Q+W/CT6fWvZvzb+RVWvL+e/yPxz/eaH5b9M/Qr5A8veTyD/f+aJs+gPRP1oEUdb42/W/H0gb1Pfv2L9pm1H49Zvuv2LnlLj3Q8k/VG7eS/pn4b/GolWb+I+mv60TpIT5x7O/mSui5fmfor/K4hkr+suhv44m5Cj53+S/42S+efrb8L8Emx8I+UPlv0KkJmL6I/E/U2quJvjz1z+VwIbY+cfiP4du98P4E/Y/X4Cp0Pnf8r9yW56n+k/gP3N56Fz6M/G/Z0Wj/fhj1b+SmtzY9fvePyBmZYn30/k/6Qc+zPcH6b9LlHcM+EO4vzaBHvD5f/I/PTXbL/jX979pgTdo+CvXP8ezkoj5u9O/xIDbwPY37L9JS9bZ+cPCP1sVjsP5B+M/Q+mXb/Yv7b8w9IgI+E/YP56jyrr4L8Y/d9PGfPnf87+h/aja99v4P+1YP0n6b/E/WOLW+/aD679JS9bZ+cPivwx+Y+r3q+g/S66RnPWz378JPp9a9m/9v2YaTID6x/A/XmJfG/r7gT+f2y4A9oP+P77MHoH439Y/3xO9/PdzyD8hd6J2+P8GQAkkhcr4/8W/bQZtBfZz7r8/fnxi9lfNP/LhpAv6K/I/5qBS5Pmj8r/gPhR69g/tv4L/q5H2x9w/WhFenveTCcDSuFBF+nvxv/dm2qj3c+k/lcCG2PnH4r8BW1t49wf6v0qQR+f1z/4/xqJVm/iP9r/NL+uC+r/gv4mqiy7429e/UBDQBvlHtT9cQOVA+KPXv98GsDT5u7S/CT6fWvZvrT+eo8q6+C+2v9YfPC3437c/WxWOw/kHA8AR9ou/9jvcP/ziMqP4d/a/1iNsUvpTAcAgWVjB+Bv2P5f8GkP5j/S/bexSdfgDxz/y3XTm97fov15vbOP4s+W/+a972/Xz3j8ZpZuB+sPwvz012y/419c/FVSaBPhb2D+ZK6Ll+Z/yP8rvJvP4g9W/zS/rgvq/8D+kV4f69of7P8WRGK73Y/k//NUl2/m/4j/pFEuU9r/cP0CCrIf4ywZA+7fbJfrbAUBdXi/294fov2zoIlD2j+0/1PTkr/lD4z82gR7w+X+yP7F+v5H5n8M/C3ozxfU33z/HvG8r9v/tP5cWNdP2/8s/Q8993/i/1T9oY+2y+Ef2Px4dxFb5U9Q/7Vg/Sfpv4T//OOGd9a/vP8safnD3H/o/sX6/kfmf8z/o6fMW+CPYP77ZK0n3l8o/zB6ulfmT87/LAGTg+a/SP9GaBpD6l/C/8KUQofpj8L9dUSIu+c/kP6Ib84/3v7m/9CYWGfY33j8LUwxt+Q/kv++U07P5N/M/bMH79/lnwj/CKi3G+f/yP2Lah/D4i+U/7WVMEfknxT+1EAL39Z/ev97bWLf6H6A/9BkJUfd/6j9Nw/6u+FPmPyXVsLv5H/O/PRvBn/pn8D+owqIH91/LvzIwHXP3F+o/AU5OsPhP5r+bZzZQ+WfkP5BRO6b3e+m/OLClkvqPwD9AdZ+/+RPTvwkXeAL6R9K/DYKTD/of4r9KaSCP+afDv5yBUOD21/u/fHZGz/YL7D+xpebp9cfuPycrX7b2V9y/h273w/gT9r/6pp44+a/kvwpc6Q/2U+4/JvP6cPkD5D/vlNOz+TfTv1Aq6pb2t+w/A3DIivqn8L9kCQ+T+Zvjv/C7+gv2X94/qdPf9PeLuL8TC/nR+dviv6Q9bWr5FwTAMQXG9fh75T+Tkf81+bfUP4HhYdz24/u/ox8jtfkz4z+9yO5b9muNv69CKyf619E/jRF3FvY/7j/1KkY++Kvnv9lsDYX40+Y/8+6x0/jj5T9hyUoD+F/oP7B6j2z3K/o/bxvaF/kT5T8S7a4c+vfhv4L/q5H2x/w/TJinMfq38b9RSDRM9pvdvy/wWOP12+6/X5rDYPdPur+KrrtT+k/xP3jxEDL5w/Q/gx32Rvar3T9O1Duc+X/jv0yYpzH6t+G/bd9FrflL478G8c0C9nvuP/veAn72A+2/U3e77var6z+bWimI+q+gv1WZNcn4A8Y/zUkFE/gv+D/VGwwI9mvev77ZK0n3l/o/ei2lnPiL9r/d5DVa92PqvxZy5Ln3P/m/IpXsK/jj578yFgPj+afiP8NVhEP4m+c//fNvkPmj0z9dRBVm+hfRP0lL1tn5w/K/a7C+Cvk79b9pdCqg+XPTP69POO/4j/U/zCu7XfhL17+FMmNZ+Uv0v11eL/b3h/i/3Lne3PjH5b9i55S490P5P77ZK0n3l8q/HRC3jvqb8L9O1Duc+X/jv/mve9v1896/k4Tybfr/0D9Ue+sT+R/lv9dKk6r2e+y/ap+BHfgPyL/HvG8r9v/dPzwXkXr48+Y/NWPUOvqb4T8Oqbpn9kfdv+Ntmxz3H/u/wSb9oPeL6b8/V1UK+i/SP4LlkQH5V/W/wztqs/or0D9fgKnQ+d/iv5krouX5n+K/4BftIfrn8T+XFjXT9v/LP4vZEtH46/U/+JExJvYP7r91lzIS+hfyP3kpdXf2F+0/U2quJvjzB8BfjbaY+Je2vwx+Y+r3q/g/OugJ2Pfj6D9dazy+9j/cv+bHeTz2y82/9juDK/nX9L8pWuZY92fKP7g/iZn2r/y/QYbcrPo/8L/gF+0h+ufxPyOmKRn5D5W/M0FaYPhD17+W+Ood9xu7v9hOw8/47wVAOLClkvqP8D8IE0jd99PovzwknkL3q/o/D63qjPi7tr/1KkY++KvnP0lL1tn5w+K/EzIgKvYD7r/YW9CX96fpP9uooe/3m+i/UB3dzvf/6L+dn5qV9rvsPwBBQej5l/K/dsKJj/iz9r/tWD9J+m/hP7uZZ7n1W/+/ap+BHfgP6L/iYI5U+GfXvxZl1/H4h/W/Ry2MJPrf8b/p+jAE+U/lP2PrxN35t9I/2YYnFfZD7r9hrzBz+u/gPzD0iAj4T/g/spwJR/mD9L+7mWe59VuvP81jH6P1n/8/f6n9lvmP4z8BW1t49wfqPz9xb5r3n8m/dbFMoveH6b9VjCgB+kvyP3SG9ST56+Q/kW+FW/dfqr+ZUsk99sfdv/8r1NX29/u/9R05dvnzwz+4Q7m++CPmvzDabnj638C/5Y8V9/h35T/hT1Fn9zvqP23sUnX4A+c/jzchFvoLAkDmoFLk+aPyP9YfPC343+e//O8/a/cv6r+ZK6Ll+Z8CQB87Dgz5N+W/X422mPiXpr8ZzMLZ9uv7P9qXZAL3b/s//yvU1fb3q79GJSza9ffOP2QF3233J/q/4D4UevYP7b9Kdi1X+F/Xv7X252b4L3e/+qaeOPmv1L9O1Duc+X/DPwSOEkD6iwFAaH0HQ/a33T8UKUOH+b/TP0ly/TH2610/CSSFyvj/xb/Hs5KI+bvzP5cjQpv1t++/+XtHu/oTwL+3GGJB+ofxvwFOTrD4T7Y/BvHNAvZ7vj9Ws09Z9nPtP76/Ebn5J/M/HzsODPk35T+DEOl+9/P5P158eav3a/k/bv2PYvkv1D8ilewr+OPXP5Ka3Nj1+/6/ZidZSPl/1D9CsTMq+dt0v8w4yCX3A/u/IqL58/ab278ChrL19aPuP5JztYD50/O/+qaeOPmv9D88MasK9mPePyhJqWv2O82/2EG2B/o3wr8l78pL94/qP1e3f3745/a/v9BOpvpTAEABW1t49wfqv3j+Hfr3e+i/576cmfmH8z+vXEW390fpP9LFXQ35M/U/gLo6hPq78D8DiuIa+BfYP+jc5k75a/S/2YYnFfZD3r8SB8ms92fJP+ntIzz6l5G/iZBxnvprAMDoz9mG+rPwP+xhHOz2s/s/L9Y+U/hr9z/acD2q+kfwv81WEtv259s/3/mibPoDAcBlIykj9wv7P3f67dT1B/+/ejqyZPdD2j8AQUHo+ZfyP2G8PTv5p/Q/VZk1yfgD1j+M91yG+M/2v56w14L357m/246HX/or0b8rayNG+JPXP4HubqT1m+8/hlCtDvkv5T/6mZFw+vcAQO1lTBH5J+U/OugJ2Pfj2L/mumx09xP6Pz0ozmf5H9S/jzchFvoL0j/QltZq+CPHPzvsOf35VwLATJinMfq30T/Pa3/t+YfSP4QuMzT318q/KCKCE/oTwr9Lh2pE+Yv0vwgGOxX5G7U/HirRHvgL+D8pTdmQ+K/Gv+jP2Yb6s+C/aXQqoPlz478qUQm2+iMAQBL6u+T4r/W/GK54JPcH6z9vNfSn9oO8P8xF1e31u/4/pVu3H/n79D+sAmeX+Ju2v8AIs+v3p/i/vswegfjf9j9lFhxb+FP3P2c4ljX6q/G/PTXbL/jX5z8/cW+a95/pv1SI+Nv31+i/ohvzj/e/+b8XnTs39tvtP28OzU/6W9E/GdnPofWj3z+aVvli+Dv3P2dFo/34Y+U/F3YU3/mz4j/sVA8k+PvnPytvU2v6B/G/zk01OPqjob9t30Wt+Uvzv850XJD2y+y/rSCxTPh/t79GD0Jv+vvwP27wgpr6dwBAbw7NT/pb8b+eo8q6+C/GP6Zs9Az6J7K/MNpuePrf4D/moFLk+aPiP7X252b4L9c/+a972/Xz7r9i55S490PZPwggVaX2i+w/iZBxnvpr4L9mToCg9af/P/iRMSb2D86/OL2yWvlH5L8pQMzI+ffSP7plM5n6e9C/pnkB1fjf9b9SWXE598eav3WxTKL3h/k/x6aFwPoDAEBa90MO+iPivxZ/8YH29+w/+pmRcPr3wD/y4aQL+ivSPzi9slr5R/Q/ko3PEPdD6z8UKUOH+b/DP2h9B0P2t+2/XmJfG/r78b/wpRCh+mOwv5OR/zX5t9Q/RfH3ufoX4D+dko3N9wPpP24kt7r1V+8/75TTs/k3A8DlqS+H9ufsPxmlm4H6w/C/Ys16KPrT8T9i2ofw+IvVPyKI32P5K+Q/iq67U/pP4b91lzIS+hfSP2QS7DX23/2/txhiQfqH8T862/wP+SvVv5OR/zX5twTARg9Cb/r78D83uYI199P6PzABltD2B+y/hBQZpPln8z/sVA8k+Pvnvw2Ckw/6HwLAV7d/fvjn1r+OJuQo+d/UP11EFWb6F8E/QI+5T/eDuj8pQMzI+ffSPznXzOr2t8s/BwIL8Pany7+IfzSx+T/jv9/5omz6A9G/lc2ToPh/1r83n2il+WPTv85NNTj6o/G/bw7NT/pb4b/XMHka+Qu1P/mIVIP5y9M/8KUQofpjsL/5lWFL+IPHv6m5xWT6G+E/mUW8dfcP6j+QRC7e+MPlP5cWNdP2//u/XomGc/Yj3b8TGAaa+JPmPwfb45f6f+A/Q8993/i/5T89KM5n+R/UP3ft4Az3T+u/f6n9lvmP8z9Dz33f+L/1v08Zran1i+8/GaWbgfrDkL/e9XJH+I/3vy2nt7D3W9m/1PTkr/lD8z96IJjU+dPiv+spuKb5X/O/6gtu8fl70r+weo9s9yvqvybz+nD5A/S/lxY10/b/2z/BJv2g94vpPxrD5Tb6p+G/zS/rgvq/4D/XPYbi98PYv3WxTKL3h7m/NHm+pfWXvz8ilewr+OP3P/UQLK76O+A/XXhJhvX3778H2+OX+n/gP49A/rj2T8y/yyeLOPbX3b8dGZQx99/qv2mORDD345q/saXm6fXHrr9WpkKR97vZvxvuPLT4Q/a/d+3gDPdP+7+kMGCi+l/AP4z3XIb4z8Y/hkOgRvp3AUC+zB6B+N/GvwtG/6T6V/A/JdWwu/kf8z/x2UTB9UOvv0ppII/5p7M/WOLW+/aD279ZACGx9mf8P+jp8xb4I/i/hTJjWflLpL+4Q7m++CP2Pz1C6Pf2j7u/vaHHA/pD4r8yPSo79s/NP+Nkvnn62+A/pmz0DPon4j9DwnAX+gfSPzjKvyL4/+c/2YYnFfZD7j//Ivcy+rPxv/4exw34P9i/Twyg4fbT6z/x2UTB9UPfP1+n0Cj2B84/yu8m8/iD5T+6ex0E9nfuPyYNFQH3c+u/sX6/kfmf879RIQ30+XPyv7Tyt0H2u/0/MNpuePrf8L9fp9Ao9gfOvyYACDn4u8e/B9vjl/p/8D8Dl+/i9s/7v/CyHWn5G6S/HP95oflv8z+vQisn+tfxP0ll8Gn3M9o/6M/Zhvqz0L/6wLjI9h/8P7puEDz3v/q/VITItvVj7z+N+4yr+kPgP/hqCs755+I/3/mibPoD0T96OrJk90PKP5lSyT32x+0/USEN9Plz8r+oqIh3+e/zvxHccS/5y8Q/1Q7/P/ezqj8McVYi+fPEP/dm2qj3c/k/z2t/7fmH4r8eKtEe+AvoP9uooe/3m9g/kVVry/nvAkBj+NGl+G/2v4ZDoEb6d+G/KEmpa/Y73b9Ue+sT+R/1P+FPUWf3O+q/jARqTveH+j8OnK2f94/5P+xhHOz2s+s/S6GE1Pb72z+GXbrW9+f4vxiha1z4T8c/CkLPf/jj9r8CbJhl+DPXv2hw+nr3/8k/YJ7zhfnD07/VGwwI9mvuP6DFRJX6h8C/I7M24ffH+L+uJOFx+vPwvwN91VL5X/S/oNJRXfk/1L9Bk+l0+ffzPw+xGrL6L+A/91nN4Pi71T+X/BpD+Y/0v93KG8r58wJAfZSQhPbvnL8Gyqaq+VMDQNHBLej2v+u/8uGkC/or4r8R3HEv+csEQHN56Fz6M/G/n84hOPfL2j8tmqro+KPVvwFbW3j3B+q/8cNaVvpHAUCsBpe8+g/wv1Aq6pb2t+w/ZziWNfqr8T8PsRqy+i/wv6NGSg32W/6/10qTqvZ7/L+mhg6d95fpvyPAQ6n2f8w/5Y8V9/h31T8Zv7UR+DPIv5pjBiv387q/JhoiyfUr7z9CvkDy95PoP7KpFg/4O9g/FClDh/m/47/tclnZ99/oP7X252b4L8c/B/X9J/jv579RIQ30+XPiv0ppII/5p/M/1P3BUvaH/T+uJOFx+vPgv2qFZ436nwDA4TU31/nL4j/lqS+H9ufsv3tL71H4b+c/ap+BHfgP2L+vQisn+tcBQJ2fmpX2u7w/mDR/iPbj7D8c/3mh+W/zv3otpZz4iwbA1iNsUvpTwT8ZpZuB+sPQPwbXs3L4C+c/TJinMfq34b+uMe45+av0v/P7vpv3m/m//yL3Mvqz4T8PreqM+LvmPzABltD2B+y/fE8fd/rj4L/MK7td+Evnvwpc6Q/2U/6/kFE7pvd7yT/9DYog9xPrP+1/ZqH2l8y/p5dLivjD9r/FkRiu92PJv8EZ8Nj40/U/eOQDavoLAUDA7phb+jfRPxZy5Ln3P+m/fINTl/XD/78+UyXl97v4v1sim4v4v7a/mDR/iPbjzD+JkHGe+mvQP0t6XXz609C/WfMT6fev+L99h4O89zf5vxML+dH528I/3eQ1Wvdj6r+OJuQo+d/0P7GLzFn4V/e/gMMXJ/f/+j81cOEC+VPlv1WVBaT2j8w/VZUFpPaPzD9VmTXJ+APWv5JmqLj6GwDAe2UJ4vXf3r8VVJoE+Fv4P2YnWUj5f/S/oigAWPZ3/b/ki+XR9gPMv93kNVr3Y9q/+qaeOPmv9L+2FDIc+BPov7Gl5un1x96/ds+WV/dr2r+pxtIs+dPEP6wCZ5f4m+Y/1z2G4vfD2D+meQHV+N/VPx0ZlDH33/o/txhiQfqH8T/MK7td+EsHwOfLqWH4P9e/fYeDvPc3+b/ug5bG+Avmvwx+Y+r3q+g/ohvzj/e/yb+OIrQD92vbv28b2hf5E/U/ap+BHfgP+L+FP3Ah+AO4v1ADwz76j+E/8t105ve3mD9NtvHm+ZvyvzesdW34G5e/bNsViPfX6T9xV26C+NvWPx4dxFb5U9Q/lt7Qjfmr0z8+OQtV+kvBPypeFn752/O/rROkhPnH07+Jt5j29pPbP9LSatX36wjAsqkWD/g76D9IOpns+JfVPyOZHFH6V/G/IpXsK/jj578yMB1z9xfKvw+691T3c9o/B/X9J/jv179+i7Ph+avyP8JER1b3b9o/mCdywPcr6b/CUVQe9ifevxIU1nT2H80/GKFrXPhP5z+QRC7e+MPlPwSoLND3+7i/cUphuvkjwz+9u+GT97OZvxMlE2L3S+o/nI5dqPWP779t30Wt+UvjP+oylUn2o/2/AEoei/bb3D/wpRCh+mPQPxHpfvf3gzi/xFm0aPoPAcCC8p7J9w/5P+kUS5T2v+w/mUW8dfcPmj+L8yxh9lvdP/iRMSb2D+6/8KUQofpj4D+3MnzR9/f4P8aVSNP51/K/YtqH8PiLBUD/K9TV9vfbv6ekWFL3e+o/wkRHVvdv6r8EqCzQ9/vYP0/yhVH5Y/S/vJCKFvkX5b/BMwpp9kPNv6Vbtx/5++S/FFBq3/Xnzr9Y7+PD9TvvPzRSl035b/S/JdWwu/kf878DiuIa+BeoP483IRb6C+K/rAaXvPoP8L/IxM91+ufAP9ys0RT6D+K/yu8m8/iD1T+2ByVU+Vukv6Ib84/3v8m/hkOgRvp3sb+kMGCi+l/wP4q7yBv5B/U/6NzmTvlrxL+6ZTOZ+nvwv81JBRP4L/i/Ry2MJPrfAcAuq+fV+c/yv94CgA/3R+u/aY5EMPfjqr+RfJIj9hf+v77MHoH43/Y/3/mibPoD8T9cM9h4+evzPz0bwZ/6Z+C/WO/jw/U7zz++5jgR9k/uv28o59/3y/g/hBQZpPln87/VBSKd+m/gv/QM/Ij4x/Y/XDPYePnrA0BgqwBO+Hu3v0CPuU/3g9q/C1MMbfkPBMCowqIH91/7P3s+4on5t9M/dtyjH/Yj/r+B4WHc9uPrP/3zb5D5o+M/KU3ZkPiv1r+vQisn+tfhv/0AfVj4W+c/leetMPbvzT/apHHK9SffP7F+v5H5n/M/jOpPvvkX8z/J3ukF+FfoP7Bgddz5u+I/gMdHTPlz9L+vQisn+tfxv/zvP2v3L+o/RhxPN/mz5D+FJVaR+pPgP2mORDD34+o/mA1YMPq74b8oIoIT+hPiPxnZz6H1o++/xY3oiPXvrz+08rdB9rvtP3kPW+f4p+W/pGSUwvU//z9a90MO+iPyPyTEc8748/U/GK54JPcHy782jiu4+Df2v+atX6z4W+a/GsPlNvqn4T/7t9sl+tvRv5/BFHD4E+c/1PTkr/lDwz9fgKnQ+d/iv7CHnDT24+0/4CT66fif9T8v1j5T+Gvnv6QwYKL6X+A/v91bbvkLxD8S7a4c+vfRP++u7UP3p7q/v91bbvkL9L96LaWc+Iv2P+jP2Yb6s/C/6PYA3/bb67/x0Gce+f/kP7phA3T4B8c/Q9yKp/d36b/XMHka+Qvlv9GnE1j5T8S/zVYS2/bn27/6pp44+a/kP5krouX5n/K/58upYfg/1z94/h3693v4PzsGVI33x8k/pXXRr/Zr7L/QltZq+CPnv+atX6z4W6Y/QZPpdPn3478UKUOH+b/zP1azT1n2c/2/ldqgaPc3+j9cJsuw+jMAwPHQZx75/6S/1iNsUvpT8b8uxQFm9z/qP9c9huL3w+i/DYKTD/of8r+QRC7e+MPVvxMlE2L3S9q/+a972/Xz/r95KXV39hfdP3FKYbr5IwPAeiCY1PnT8j9Ue+sT+R/Vv1JmfgH2f+4/75TTs/k34795HGiv91/pv0KxMyr52+Q/ywBk4Pmv4r/XPYbi98P4v7TYnbH4S7a/og7mx/gH9r/CREdW92+Kvzv5RsX4D/Y/SpBH5/XP7j9X0ZkO9ldePx87Dgz5N8W/OL2yWvlH1L+bZzZQ+Wfkv8I3Oo74t9Y/u3JAYfkzxL9GKVz/92vYv/HDWlb6R9E/KlEJtvojAMCJxKW+9Uv/PyKI32P5K+Q/tNidsfhL9r9Ws09Z9nO9P9ys0RT6D/K/Wdn5WPo/4b/S33ed9qPsv4ZDoEb6d/E/zEXV7fW7/r8pTdmQ+K/Wv93kNVr3Y/q/wPulI/nvlL8eHcRW+VPUv5XNk6D4f/a/umEDdPgH9z+dko3N9wP5P483IRb6C+K/6M/Zhvqz4D+nij7C+QvDv9qkccr1J88/Eel+9/eD+D8nBDhe+i/Rv2vK2Jr2q/w/Baxc9flv0r9Taq4m+PO3v0Ccxhf2O/4/NWPUOvqb0T9Bhtys+j8AwIL/q5H2x8w/spwJR/mD9L8KT9xH95v6vw/HBB32K+6/jibkKPnf1D8WWMop+s/xvxeDIaf4a/a/MPSICPhP2L9ROyeE9+PZP2hj7bL4R+a/JxFFJvnn9L+8g31O+l8BwFSI+Nv31+i/zDjIJfcD6z8UHDa/+gfwP69cRbf3R+k/Y/jRpfhvxr84sKWS+o/APzi9slr5R/Q/tiE/5PbL67/MK7td+EvXP5XnrTD27/2/wRnw2PjT5T8ASh6L9tvcv+oLbvH5e/K/PlMl5fe76D99bWks+sfxv9HBLej2v+u/jzPx8PeX+D+AujqE+rvwv6Vbtx/5++S/WgRR1vjb5b9nUrDF9xvpP9ho3V/2X/2/2n1Kcvn/8z/apHHK9SfPvzi9slr5R9S/uD+Jmfav7L+ZK6Ll+Z/Cv0ULEkr4h/c/RRgfEvc/yz/LJ4s49tftv4MD3Lb4O9a/qbnFZPob4T8Nj6DX+Ne1P27wgpr6d9C/Uj9XqflX4z83rHVt+BvXP1nZ+Vj6P/G/Aoay9fWj/r/HpoXA+gPgP2h9B0P2t/0/ejqyZPdD6r+PNyEW+gvCv8WEC+b4q/U/Twyg4fbT+z/oz9mG+rOwP9p9SnL5//M/hT9wIfgD6D99bWks+sfhv3fGubT6JwDAxp4ldvYb7b8QyzRC+J/XPze5gjX309o/+XtHu/oT4L8mDRUB93Prv/P7vpv3m/m/aY5EMPfj+r/x2UTB9UO/vzES0733M/m/rTrL3PXvjr91sUyi94fpv94CgA/3R9u/k4Tybfr/AEClaMTn97OoP72u1Mv4+9W/nqPKuvgvxr8rayNG+JP3v/8vBPv4a/U/422bHPcf6z8rb1Nr+gfhvz9+fGL2V80/MQXG9fh75b8tp7ew91vZPzEFxvX4e/W/9i52Y/of0T+FP3Ah+AP4P1WVBaT2j9w/", "shape": [45, 45]}, "right_plan": {"assigned_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "eps": 1e-05, "momentum": -0.5, "num_features": 45, "use_batch_statistics": false}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false]}, "rtol": 0.001, "several": 4.0, "step": 0, "summary": "BatchNorm1d(45, eps=1e-05, momentum=1.5, affine=True, track_running_stats=True) on (45, 45) float16, eval", "torch_plan": {"assigned_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "eps": 1e-05, "momentum": 1.5, "num_features": 45, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [false]}}''')  # filled in by fuzz/repro.py


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
