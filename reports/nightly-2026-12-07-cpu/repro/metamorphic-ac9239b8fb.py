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

PAYLOAD = json.loads(r'''{"atol": [1.778728993421993, 1.9415465623306474, 1.9497633195938548, 1.908579486177454, 1.8030581126628866], "case": {"affine": false, "bias": null, "dtype": "float32", "eps": 1e-05, "grad": false, "grad_seed": 520, "mindspore": {"init_via": "checkpoint", "pass_use_batch_statistics": true, "unmapped_init": {"bias": [0.1307966560125351, 0.5733441710472107, 0.04392404109239578, 0.37537673115730286, -1.3071802854537964], "weight": [-2.467559576034546, 2.7021868228912354, -2.9857125282287598, 2.9944050312042236, -1.7794734239578247]}}, "momentum": 0.3333333432674408, "num_features": null, "omit": [], "param_dtype": "float32", "relation": "affine_input", "rules_off": [], "running_mean": [-2.77963924407959, 2.7901124954223633, 2.269076108932495, -1.3933032751083374, -1.6502715349197388], "running_var": null, "schema": 1, "shape": [318, 5], "steps": [{"input": {"offset": -10000000.0, "scale": 100.0, "seed": 84034}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "metamorphic-ac9239b8fb", "kind": "metamorphic", "quantity": "output", "reference": {"data": "lIeb5yFZ7j+vBY9P9WbuP2jLkNhnf74/N9webGLd87+eZs4nYk7mv7osETCEKNW/axumGezOwT9Mqmu+2ijUP5OxwviXqM0/mfVbrYft9z9VpdoX9ArvvyyGKTfgCe6/MLC0fnuAdz8ILKxcEWbTv9XBWZ8i7eU/NMmUQZqEoj8dBWI0Zo7hv35mESRn0vk/zwkyQ5Lr9j/ZX0QQJkHIP6vQKW+8Vus/Kx0MXvQj57/iAm7cptjFP8aUf7g/884/N2v/jBNtvz/Zm0ImRsfxv++xTMvIte2/3wZqHZv14b+ZN/bbt2TiPy/gtPIKm/k/VaXaF/QK77/5wcM+0MD1v/jwgsvFmuc/0vZNvJy1479QEa5rMrLlvzKilJzcPcK/txaIwk5pBEBXXP7iQNj1v3mMB/Dnm54//bI6SyaP8b9RCDBtrF+evwujQJXZUcw/cvWxd/XZ7z9mcOXLYbfiP1ARrmsysuW/jFvro/ue5T8LVDeEJ43Jv/zYpz4st94/3nIg8qlGlD9cI1Q067/cvz+jZJNtvva/voz8r1MR7L9A6iQZbZv8v9Nm/nrjKuq/Xy9oQu4b1z8RYBxOoJXdv2QWNYvd5d8/i02BKoZn1b+gu5ka3xrsv0RIc9R5oPK/4oqY3m371z8XKd/FaVP9PzM2Y2pdINC/mxdXWUVP7z/fOx9+2dTnv0Aryrl3YARAHbOF9EEytr/BxnX3o0vlP95yIPKpRpQ/853T2Easw799C0fjAkzgv9aYORF0FL6/K25z2deb478cbcfjtGsEQB7s7U53je0/ipTnS1AU8r9miMvwH5Lgv7XbWEZh3NA/Ob3HO+xK5r9T9X5KNWv9P4U39yYpBum/H25/DVJ06L/iAm7cptjFPwE2yLqqNOg/y0tSKnK4lL/SdZ+3HibSv0277hgLHus/CTJ79NQOw7+jDTv7q4Dav4HyNx4WK/u/lVgzTkda078jslAlbOzGv7Gspi9G3+0/+Jfb+llTwz/ouIcTpHIEwDKWUZwNv+0/WWp7aa3N6T8RoJPMmXHMP/wVcGuC9Di/3/KzTNnY87838ZLP38TTP18dELiXWsC/uTmOE3WV6T/RPyd0DbTzv4NjyIsDqwXAdBJdHGGh6D/W7eh/CgjSv+tAbsfZ+eM/IMNieYeRtD/38lIYSgTyvzfykLhnvpS/N8yYrpbT5b9dJmyUQGvAv86ZgYRLdvA/o6BX7G17nr+kqoYAlbX7v/rDFG7wYADA5xWo1tsYAsDNNl9LsUzlP221QS+oX8M/rR/+OCQp/L8dUZgWpru7P/R+brIMG9K/n2eVC+pC57987Gl9OjvmP2lQwAu/Y9o/KU8uePovrT8nBLkVZtDvv86nV1z0RPE/8hAyPW8E7b9TzIbqeujNP8iccyNbHPS/dWCrS6SsAsA4acMs93Lhv9wWnfj/Buw/mCVEe/H937/0Ss1ReSHQP3szsmIo+92/msNSSlB36j++ei7XNB+kv2Hrfmv22QTAa8b2qlXb3b8REvd7IzT1P9IS+mvuUuW/RpfojHvK4z+Y4twa9F7UP7qB9spa7/U/ezOyYij73b/McBrZfPneP8mHcKdpPPy/t5YkYwil778bY3koWVLyPzCwtH57gHc/cJou+kqr37817Iwa6LjrPwac0EupT/y/nBcIFU/F9T8gtEfkMPYHQKFlMt3B0NC/DjxdFbsr5L9TzIbqeujNP7jfDb9Ns9Y/rf+JaTaR57/Op1dc9ETxP1yRfdHqx+S/0POxscVCvb92dYP794rcv7XbWEZh3NA/Au3uAjo2+D8p2uZRL6vUP8MZuPZWVOg/ve83AtkMAMAFneokjmHyv6KdijxlC9S/gWBhuxUz8z9Nd3vieEjzv01vuDbL8LC/p+Y0vzpp/78BUnRq/NHpPyeI7NUs6vS/4cfyaWyB+r9WlW2IY2rTPy7c2kdtQfA/NggEIoW7/D9ESHPUeaDyvx8uJsisBvG/FsDB7H1t9j9Mqmu+2ijUP228MKvlMum/zo8J/cSFAkCqC9UIZtTqvyMBWjYesck/sSK3ifN7778BUnRq/NHpPw+1xQDlsco/M2brGavGkT87X3PXYhDHP2a7rc221e2/aBju6Utn7D8DvI2vAhblv7aOaJy0g+M/ypqjrx+grL+HLgG17Fb2vyt7mLoBnsQ/y8D8q5WLuj9TzIbqeujNP8o+XC9oWNO/C/X0JgQy9L/9LIz+ojGvv03sK+ZY5Ok/TjohV3rC0D/M0zpX2IPwP0Crb8Hy8uK/BAc4hGNh879pF1e+pAvhPzfxks/fxNM/7RI37i0R97/fkFnD7VjgPwIXcYo0ovo/m4q304h8/j+s0thgEV/+P80/K182AfC/IjBz7qR61T8wH9t7m2nRPzdgwD7p7sA/kbqKune14T8qEwk0Mh2iv115ADhg2vY/Bb5ezPJi479k7MqxyQ/oP7J6P2z2LvI/2b8jMuLT37+8v4F409u7P2/yJdxg+9W/NKCcJecl+T+1emnVkeOyP3UJk/OZDe2/YdOIWlC51r9qh4PMZu3xv7DydbX3gfe/ot8kxT8a4r+ggfQdCVTZP23Tw2d19gbACZxcG1jb2b+jCsMfZ9DFP0KzL+CBAuI/vOBfGUZFdz9QzZjelxPcP2xZDnJLCf6/TDISVFhJ/79jc+SRAHzyP2jx6MkLeOe/XSZslEBrwL8C3xgrkWf3P23nHR5VQ7a/7Is+bGPH27+agint3pnYv2HnZ6b1f9M/oWUy3cHQ0L9fL2hC7hvXP8ezAqd86OO/P6NE73yI5T8zrHPECr3Bv89PYHre9Po/fOxpfTo75j+A2FcQre/sv8o7iQD2wOq/JFUeL9xz+7+bJnWD6qD1P/f119tKm/A/UQgwbaxfnr/8zMkjyeLbv8kYVS58M9A/xpR/uD/zzj9S8vmGNNT+vzEYFTnL7fG/Q3sl/ziD5L9KceEx/mjxP2w9YsL5a/y/0goBt0gnwj+OJJ7t+zHcPw+07Ne2ovM/5yWb/GPDzT80Nnl8oJ/wP0vmIV9Xtuy/UQgwbaxfnr+ghMdMe+vhPz81X2dFVuE/MB/be5tp0T+yQett+avoP0K13tHWCvU/hSXfe2jj97/uKhFbuiT5v9S6AorYAu+/mocyEIjl/7+kpigd66T1P67SaXq4P/c/N6h3gxag5T9B6wM99rbEvynzVMkFHca/U9jJ6kln4r/QPSdgkhLUP2SoY7iqlLY/m9JwdPXI8D+B8jceFiv7v0KzL+CBAuI/77FMy8i17b9Mqmu+2ijUP9OCqio1yOu/WNok6RAC0T/tTDXvDznmP/r3u0J/f+W/ZZSEbAXOyT+WrfybR8TQP7IhemSqJ1O/iEfCcz1K9D9OKrJP2zLjvy7c2kdtQfA/AP5vWwf65D/byqwD/3P5PwWWw3aqNuM/7vZSsrhzu79QyeszdDnzP8aUf7g/884/1LtPGCG/6L86DLX4L90AwNzss7A0wtI/6czbjaZr8D/NUgv7AurmP/+WCyopSOk/ObjjB0Y6hr/C+bvnfzf4vwkye/TUDsO/1ihQGvcF379ttUEvqF/DP0jL4FyFHLo/FCvjxA1C2b9XXP7iQNj1v89BiqI1Jvo/rRZfYR6w7z9IGou9UTrqv4BPAmtQ1+S/pHKihQfb67+b7hwkR2byP+kjDvqPxNG/Bp5/Pf5X77+Ix5P8DK2iP7cABIeY1fa/1YBH/AxW1b86YIRYw7D4P+iu96byOQRAcjGy490S7j/kZJ/qrq7av7n86Pk3/LE/wzWyEY259D/1hCgzBXLDv1Nug2f1qsG/i02BKoZn1b8s60h5SBPLPzeSnC2W0rO/vroY4No97D/OpXUJsE/+P+AFKw1e7gJAXl5VeqnoxT9SF7jyM+DiPypsUEo8Dfg/R83otA3KAMAJhQ+Y9H35P9ExUZxk5fK/jbtytc487r/DGbj2VlToP5KgxPd7dAFAiWPelqU88L8Bb2hsSvLwPyERcNRQW+m/7xXoOBDM3D9o9Lv4fQ/Qv2mvVzd7BOA/zt5naZv87j96Lezyta+sP9Amy+22U/G/F1LN5XsByz+gnlxeRoXRP4D2pvxeg7y/Ygj60sZW8L8rcK4t5h3+v89/8gE/VJA/OM+g5Menyb/S2qEMSxjivy2RPzoJcei/xWQu3RQW8z/697tCf3/lv3LxBM3R//a/TwpWbBCtAUBEkd4Fepzmv2nW4Ysmo/S//MzJI8ni27/4ZpMlczfpv80as5tfr+M/xMoNOI5I+z/e/JAuF+bgv+AStheFwwhA+LV6Hm/M1j80Nnl8oJ/wPznLKDLCIfI/iEsgV+da+r9vX3cxBkfgP5IKPILKuHK/mFUFujF02j8Xl6r1mXPnP/V45TI28+4/CagXw+/X8D+g2WQLnVPiP2ZUORwQGuE/xRb+LI/b7T+x8L8I5d7BP8qao68foKy/YwwT5yx5+b9O/H+UZ94AQH8R7AIUCeK/Fq8agaMczz8jslAlbOzGv7YpqwjE67i/0RWl7BJI8b8niOzVLOr0v9J1n7ceJtK/T13XJBha+r8nBLkVZtDvv2Zw5ctht+I/84RlYXA60j9jc+SRAHzyP+MCwHomBu+/DH1mrNyGxD+fS+lbmKXlv1ggC1cQZ/Y/7Uw17w855j/6VtbxqF6nvx75ZoJCydC/NYp9i5V39T/UdWmqIVrzPxavGoGjHM8/CvkLSfZ1AMC5NeFoUbvwvwWishyhxeG/D+eh75GVvb+vanQf4urmv1gLYbqD7qc/YjW6aFiPu7871xC9FXbRv1RjivQhVAnAQO7aeSuA4b87X3PXYhDHP852ivuP7Og/a7EFVGFZ9L9GciohfL7/v8MZuPZWVOg/kz2JpfZ4/b9tiSXgwfyaP6ixfbxFTMe/N3kutr9g0r+KlpY9pRzlvwh8VnRrktq/crb8H3sx9j/5B4y5oMjJP5bPM5kw4q2/c1FmmbQv3r8RIN3fFCDzv6yJeQ+J9OU/NFIlLPI88j/za/fpmciwP1oCyzwbGfi/x2Oo8DnG6z/hP/Spd7X0PwVbPJNYOfi/2Xiyh/yy2b/CBbkvNLS3PyyJ/GVSoda/wcZ196NL5T+O83sFTg6Vv4sjksvMFtm/MqKUnNw9wr9Kuh/pPHX+v1RyW09greA/M40oDLps4T+vXRqP9vLwv++Xq9XN+vA/pjG2PYFJ17/0Q2YFtkzhvzsPaRy5sNS/o6BX7G17nr93qvjaMS3xv6wzVJ0dm+A/DH1mrNyGxD9B6wM99rbEv3WXJiRdIeA/w2hiVyNyuL/gMIXITjrhvyr4Yn8q/+E/h4nc+NYmtz90CoWIhXnJP9tiRn7xUeU/ou3kJWfR6D/8DwNBX6v2v51OlNy8mvG/k+wISatm5D/KQQpX0/3aP27zhimoydA/vauiLC4Vzz9oGO7pS2fsP44vptnPctM/zAZfvSmAyz9OKrJP2zLjvyFsuqs4UAXAbdjcWjfQ6r/9tb8OJybwP/rTJmYI+dQ/4szHdndH/78JvGqaJ3LRvwDGF/xjv+E/siF6ZKonU78CEHiNp0LIvysdDF70I+e/oJ5cXkaF0T+nQc39/tbAvz08m6ycguC/BpzQS6lP/L/c7LOwNMLSPxW7ZpcPqOI/LOtIeUgTyz9mhKubyzXdPwKG+CmW8ve/fuA+NIDC7D/gt4Ikn2DEv2g14uuZh/M/RSO1aHqU3r8vyUBvYxvhP1aVbYhjatM/GlSkEXov7L9nxOnaVo/nPzdr/4wTbb8/UQcyhCRm3T9Zantprc3pP8R1EN4tqPk/5rMpDyByhb9T9X5KNWv9P059iLd3Ydy/VpVtiGNq0z9QyeszdDnzP2vNsQOz9vW/N3kutr9g0r9RCDBtrF+ev2j0u/h9D9C/uYh1DHEqxz/pJIW8SoUBwLGH0dv4EP6/F4Cy58gd5D/rcE7iINXnP7XHefq7FdS//XN2G5dZ0z+9SFLohzvBvxTqxRpNmt4//6SqM4Xdyr8QtHIYPzi5P861LTSdE/I/Uhe48jPg4j9VpdoX9Arvv18dELiXWsC/CTJ79NQOw78EP5DjBpz2vw/noe+Rlb2/NjCcTDNT6b+XrRsMlTbivy3iBRMLKve/AMYX/GO/4T+C9bzhFsL5P+1I1wtmKNA/ywfiK2eiBcCJY96WpTzwv5qL+uqsPOc/jwrobdBm/z9cxXCxHJPVP2Tm4uQSVvE/en7ssAC28r/RI3vEuxbyv6Tgz+w+dPA/meY6/p1v6j8shik34Anuv+Tar0RcS8y/oNdFyjC47b+3R7kO1Zv9vx3fUf5ENOA/oITHTHvr4T/KBHbi1mzTvzeynORncfG/LpdJwQqf5T/YzFmxdc7fP0DZPPMrR/U/vauiLC4Vzz9oGO7pS2fsPzBImCLjNsy/fQtH4wJM4L9iRPrYBRrSP+kH5Dr9OfG/Xl5VeqnoxT817Iwa6LjrP3Vd0wIfY/M/NPS3ntrY5j+121hGYdzQP5tCITM8Pvc/AUhaiwHgz7/YUnsx3Q36v7R1IbaTJPM/YHFXTEjjwT+XHa1ajjnXP+u77uOR6ua/H6gESEXH1j9YN1aUcKbyPwu67HmtY/M/ypC5W+8O0j9WiCptDkHxvw2D1YgvCAZAOzaFt1Bi+T/wJOaPHDzyP2qHg8xm7fG/jbtytc487r+wK2uijlzRPzT0t57a2OY/qlDvgqw087+inYo8ZQvUv+3B+GqTGOQ/lyHml0ft6b/lbrCChIPev7Eit4nze++/mI1dGdWu3T9VzhDbDabWv4Jeo/mv48c/6QcxCTXv4D9h52em9X/TP9IS+mvuUuW/hM5Ocu/80r9UYC8RVAkAwCoTCTQyHaK/uTXhaFG78L+XHa1ajjnXP6MKwx9n0MU/j+nyU1K0zD/QPSdgkhLUPw5VqBSS+cq/0gPcQUkB/7/Uu08YIb/ov1g7x+RvjtS//6SqM4Xdyr/0RxOw2Sb6P2v3M4utYvi/dAqFiIV5yT+tocHV4VfQv5TVOvzYO+M/tdtYRmHc0D8d5apgTMsAwPrZqLpNVNg/4oqY3m371z9cRS+o21/Rv5OfYGFeT+C/xLQeO7IIwj+wO+Hm933rvzGgmMrMSoA/wXWijDxyAcBkqGO4qpS2P8qQuVvvDtI/2ZEg/9Iku7+Y4twa9F7UPyyGKTfgCe6/ZUHwyOVe87+cstHxgrP9PzeSnC2W0rO/NSqPdzQ68D8LYiki4lsHwDeod4MWoOU/mm9OO1uf5T+9SFLohzvBv0/fM/beJaw/XxdqWrMr379gcVdMSOPBPzx/Gdv/Jdu/xRb+LI/b7T8zZ+kCM8DSvxoqrvU3/Nk/Cbxqmidy0b8FoWrKpEL8v4Bd3PcUnPS/d6r42jEt8b9XAV6QwefiP6jgCfScgPg/bEyA7J694r+p5p2NGmTlvwxEN1eOH/C/MojHlnxb1z8nBLkVZtDvv86KY1qmJOo/YME+pe4T7z9+0JtJWc7gP+IvA8n8QgNA35BZw+1Y4D+WrfybR8TQP3BsmheCJec/ck0Itgof6L/u9lKyuHO7v71YDokOpvi/s2mz/b9Yt79PhAzQWgrfP1PMhup66M0/mRY55YAc6b9h52em9X/TP2aMkXuzVOQ/2scnQP7c+r/k2Wyo1c34P0JCWswXLfw/vL+BeNPbuz+fS+lbmKXlv3cvBw5fR9U/b78ABrQJwb/lmnHRCMn0P3YkZI4Q19I/YhOlAGXcpL/+Shs1KLX2PzUqj3c0OvA/MojHlnxb1z8KHpyoL0i2vzg++VIAhPm/Ygj60sZW8L/0s5DM33Duv/tg2RtrZey/DJFF+IFNsT8G9rYrlp3mv7y7sEywk+q/Hd9R/kQ04D+O05ycPOrZv+nM242ma/A/Bb5ezPJi4783YMA+6e7AP4/1NVQhM+G/+Ij4C69q7T8sp/1ltFv2Pyt7mLoBnsQ/ZoSrm8s13T+Uh5vnIVnuPyDabxWw8de/GGoBfpkE9z9eXlV6qejFP1xIEqDqy/C/9fqoz/Mh87/USwB0/cvyv3kJG2eQIABA/6lrTBIi4D/EnZVBZVXHv0rf3yOovOo/ZObi5BJW8T9gcVdMSOPBPwIlR2LdcPs/lYTpMq2M2T9gYxlF7Dfnv3NnqueM0f0/pHKihQfb67/9LIz+ojGvvzXsjBrouOs/gNhXEK3v7L9CRS37icT0v+y2fiGHluW/aoeDzGbt8b+yQett+avoP78Fj8aY//Y/1pg5EXQUvr+CjSpqQdkCQNWAR/wMVtW/lxGLzoQ04L9pUMALv2PaP3AHjX0s15o/JlOgDmJl3T/O7YWTQE71P1FdnmAzRfi/B+WXQBIJ9L9jsOrgY5fhP6oV59VVZvI/l+VU++r+0z/KivVqatP6P/rTJmYI+dQ/CHxWdGuS2r9eEo1Im6Szv86ZgYRLdvA/lYTpMq2M2T/uDSxyvKrAP7XhEb7xofK/13mCOWw/5r+dQL4EFMzwv+3B+GqTGOQ/MaCYysxKgD9kFjWL3eXfPxpUpBF6L+y/MB/be5tp0T/68hYyJMbJv7aOaJy0g+M/PjdU5x4L1j/O7JpVPYnqv47zewVODpW/xJ2VQWVVx79Iy+BchRy6PyoTCTQyHaK/ezOyYij73b/8FXBrgvQ4v+Wym3+1Y/O/ZcK4W2hO478yiMeWfFvXP8bl9Ww9XPS/AafAy+0s9D+wO+Hm933rv98A7xHB9ta/Xat5UlWu779ZlYhvHZjoP1QW0Pd1Ubw/gYNUcpXlBcAYgmHZHSb3PyPYaxYMA/w/BmAHodXKmb/RMVGcZOXyv+aQYte27u2/DpMLIfbx0L/TEjVB3HXqPzxBtf2AJ++/ZaqgWS1k3D+OL6bZz3LTPzUqj3c0OvA/xfqKF07g5D/gt4Ikn2DEv23Y3Fo30Oq/AnMifgIa8b9EfOIpgpXYP6MmsFiIJ/G/k59gYV5P4L8ILKxcEWbTv41yB4TOQPq/EiET0UwH6D/wHT3TJjPdv6CeXF5GhdE/OGnDLPdy4b9IL8l2ffDYP4hHwnM9SvQ/91XTNnJD9j9Iuq16MxYDwPwVcGuC9Di/xJ2VQWVVx7+lbSx1li/ZP9bt6H8KCNK/ogapHBVDAsAG2cIpSH3/v77ButOxwec/v3sPY4evxj92dYP794rcv2b2tXoNpN6/a9uH21vF9r/3O75JSgDmvzuPO2OvaeW/s5537Ha3mb/fBmodm/XhvzmEJ4pMjf2/bBq+jpKDA0CxL8mFOG3nP0277hgLHus/4T/0qXe19D/PawwqMJL8P8vZaiNs/ds/KKVM8pCC5L8aKq71N/zZP4sSeX0vmeS/nr5EmwMQ+L9wbJoXgiXnP0rhjhX9xP0/6JtAAddx0T8RTf8oegL2v5vf/vmhFOw/nNksjIqm3z8L+29iJWb4v0N7Jf84g+S/Zva1eg2k3r8EBziEY2Hzvx95j+pONdS/SS6KhHTaur+86hOkRtX8P3v4qbXRLO2/bfSIColt7L+mCoc5QZL9P4GdrHYDcu0/7t6PGZ/yAUDpzNuNpmvwP56wbsNaQfe/niDouWLp8D+9trr8MC3WP//zs0Q3os0/bYkl4MH8mj+bJnWD6qD1P23Or6Z+0dS/ZkD1vqof/z/pcdDhcswFwLY9ilRpssW/X84FOfBdzD+9SFLohzvBv9ytvGSvE/A/JxIGefsB8T+kcqKFB9vrv/07HrzzHtA/jkgUUabkxL9YdFhBEl4BQLR1IbaTJPM/ZKhjuKqUtj+ezBpzrN74v/fNlKxK+N2/pfNN9f1u8793oURKfNDyP5r7Fw74+fo/OCJNo67m978BPRs912GxvztAkQLjS7U/MojHlnxb1z/EsBiLhHb6v5rDUkpQd+o/gF3c9xSc9L/1+qjP8yHzv9RLAHT9y/K/Ch6cqC9Itr8HghOaLrDuv5hgAIeGXvE/031bfnJHzr91CZPzmQ3tvzdZkIoaC9i/NP3YygDi5z+4I+5VwYwBwBTqxRpNmt4/gE8Ca1DX5L+121hGYdzQP2gY7ulLZ+w/2Xiyh/yy2b838pC4Z76Uvz43VOceC9Y/vFrpX3BukD9n4JWKqCzpP1jzkmDnc8K/EWAcTqCV3b/M0zpX2IPwPyZToA5iZd0/hrJy6Nfigz8IMwqx3qTwv5MJX4Tfh/K/+2DZG2tl7L/mXTUP1L4EQGf9iYz2TPA/otjmMLrsoj9XudneFqu/vz43VOceC9Y/QKtvwfLy4r8s60h5SBPLP6vspxQckuI/6jgMv1Hk9D9VzOeLZCABQCAy8Q4fifO/BsvsUZ+u/r/SI28uH5nTv39TIrTYWgVAHbOF9EEytr9Wn59g2JwAwA549zuV4cm//5YLKilI6T+89cN5hLvrv0hRAhBRj/e/ekeRrs3B2j/aJIq9piHCv4ZmL1zxIui/6jgMv1Hk9D9Qk88oxxjqv2BxV0xI48E/PH8Z2/8l279ZbPtLEfroP5G6irp3teE/RHqj/+aLBkCgT3VlSvDjv2/yJdxg+9W/XZeHWOz14T8L+29iJWb4v+MCwHomBu+/TJaMcjVi1791PnG75HbMv+DN9eDZzN+/QrXe0dYK9T9MiMlDzvbzPxyNLp5W7/4/mxifq0HS9D9ZtWZ9Efb8P3isp8yGNeS/O19z12IQxz8RUazTndzuP802X0uxTOU/7QpknJMU+D+AH3ATwaDxvwtUN4Qnjcm/9ENmBbZM4b+ZN/bbt2TiP8vy2JpCb82/PVY/u1r0+D8dz2kwt8/xv2jLkNhnf74/L6CY/wMHqr9B2oUdoNbSPzDR/DW3PO2/INpvFbDx17/S2KvuwMECwJ7MGnOs3vi/iyOSy8wW2b8e5w3FmFXsv5Y+WNXEIeo/DJFF+IFNsT9mcOXLYbfiPwbsToMGYu8/MRgVOcvt8b81XdV3xr7tP3bVfJUUQuW/m0IhMzw+9z9ZbPtLEfroPxeAsufIHeQ/I7JQJWzsxr/suivMqnD+PzHH45mFGds/HMI2AnVv4D9Ctd7R1gr1P9LfD2yfTvM/jzWmneyD7L+b3/75oRTsP8HmPFmLj+O/VaXaF/QK77/om0AB13HRP3ZfbDtnpeM/25Q6fO2WyL+c2SyMiqbfP6ZxilhAQO8/I9s+RX6a9L/stn4hh5blvzekxgy/ovC/dCPz/1vr2r9IGNzL/DH3vxdSzeV7Acs/WZWIbx2Y6D/SEbIZ8s//v81mDL9DpeK/z9+y6qKi7L99rRlfQ5v1P6S93NPflfA/cJou+kqr378p2uZRL6vUP6ZxilhAQO8/UJaiVzmw0r92EIVCaxDWv+pjyIdCJwXAb2aQkID36b8yopSc3D3Cv4IkEEyaOtu//kTgIhiR8L/WKFAa9wXfv6V1KxNAA/c/kwlfhN+H8r84NbaHgrnsv9+QWcPtWOA/0SN7xLsW8r+WzzOZMOKtv013e+J4SPO/z3/yAT9UkD+CD4E/U0bnP20QNbraCu6/iyOSy8wW2b/bYkZ+8VHlP4gmrqs2jOQ/yRhVLnwz0D84FHfLBRj3vz6Ii6GdFfO/Lxjrzy85sb++j8/exajUvytuc9nXm+O/bRA1utoK7r/5ijMCTCr3P978kC4X5uC/1u3ofwoI0r9EWIyHAkHpP58Tkfz0auK/5kf3pbby+b9W7PIaCLzzv1Nug2f1qsG//NinPiy33j+Hidz41ia3P3zsaX06O+Y/qgvVCGbU6r/AJK4GNtTxP1RyW09greA/Hd6/9PdjAMCSoBhUqtPxP766GODaPew/BlVsU/3SuL8Zn95fUurwPzL/O/koVN4/b2aQkID36b+KExDTJZAAwFgLYbqD7qc/ekeRrs3B2j80Ud3Z9bnsPwFIWosB4M+/UKWGRb2hrb/C+bvnfzf4v7cABIeY1fa/n/ac+qZK+79FCkfxoyLNP8ezAqd86OO/NV3Vd8a+7T9V6GupDUriv59L6VuYpeW/KiUxuLIAqb98SlBgVtrFv6Yu4w4Psu6/D0HJyOwyvr8Axhf8Y7/hPwFIWosB4M+/0nWftx4m0r/inHXQrLfQv5dMfSduneY/ysgRu5JJ1T+k4M/sPnTwP1sEei5wIeu//mR7equl8b+B1vaydob0v95yIPKpRpQ/BAsDaARA9j8xoJjKzEqAPxmVz83H0Py/YSJwU0xO5D/OimNapiTqP861gXdFz/M/RIBADSym7j8ptO6ECD7gvwz23RDluqy/ZeL4uNCe3z++ei7XNB+kv5x+1rxu+/K/TiqyT9sy478JgWLt0KPgv3TOwPydAca/ARZ+nFT8vD99C0fjAkzgv00Ny1gverY/vauiLC4Vzz+b0nB09cjwP55mzidiTua/St/fI6i86j/imaKhOiDov/wPA0Ffq/a/N+r0Qwus9L/JQYo5atfmP44knu37Mdw/BqdIkyEv5L+PDn08O3zIP9okir2mIcK/r10aj/by8L+P9TVUITPhv3gNNVLaTfK/eQkbZ5AgAEBn/YmM9kzwP0sL4MpWwvA/8qvUBYxP4j8QHQqxooj6P7Pev1C8c6e/mlOiiwkC5D/aNVHd/eTyP9jMWbF1zt8/l3cjCOZ38r8Afmqv9FDjP2hDuMNCVvQ/b2aQkID36b9P3zP23iWsP6XFxTUjzOe/N21v1r/R1D+g10XKMLjtvykgzb8uEPo/NjT6L91j37/8zMkjyeLbv2EicFNMTuQ/mI1dGdWu3T8O8/Hjui/wvzTJlEGahKI/C6NAldlRzD+PgODrxD7xP2fglYqoLOk/uiPQYq5t1b8U6sUaTZreP9aYORF0FL6/60Bux9n54z82CAQihbv8P9IKAbdIJ8I/2RprrRtDAMBrG6YZ7M7BPwZgB6HVypm/s2mz/b9Yt7+B8jceFiv7v8IFuS80tLc/FCvjxA1C2b+5OY4TdZXpP4LKexAS8wBAPrUDmMYIxz9oU1shpxYAQFcBXpDB5+I/bYkl4MH8mj9rIbYSqM76vxwLojN1a/Q/M+HHgsuA+D9wB419LNeaP70dBty31/c/Xl5VeqnoxT8IefAe3gnWv0FU5Js8Vac/3JcEQp7Ozr9frt0ZGcDwP4LDkKS9iwBAei3s8rWvrD/Ht2CKJvnZv//NmFOXi/i/XhKNSJuks7+fZ5UL6kLnv44vptnPctM/Dg3qoI6y9j+O05ycPOrZv6yJeQ+J9OU/ZoyRe7NU5D9Gl+iMe8rjPy8Y688vObG/xfqKF07g5D9lRZ1zCTnsPzfOSJS5DvO/C4UELeFl0D8SHbXtovbRPxFW1ePD3uK/LxuQn+fp6T8ce527XToFQA6D6RE4zqc/OUBnmUeX9D/7YNkba2Xsvz81X2dFVuE/mI1dGdWu3T9cI1Q067/cv6LjgqjpKti/KhMJNDIdor9eEo1Im6Szv5vuHCRHZvI/MEiYIuM2zL8sNu+3z0oBQNMSNUHcdeo/diRkjhDX0j+inYo8ZQvUv8SdlUFlVce/LLl1Ik/X9b/8zMkjyeLbv+clm/xjw80/YhOlAGXcpL+qXwZ5ROrLPzDR/DW3PO2/7t6PGZ/yAUC5OY4TdZXpPzf4yhu0evW/k+wISatm5D82j+eQeACkvzsQasawS8S/tZAe+Igh/D9lqqBZLWTcP+a1IEO2+vE/kbw5rMy99D8oeyNS5+f3PwqAI92TnAFAaFBGSe+h7z+c2SyMiqbfP54GPON4nQBAL7DmhsBgyD/82Kc+LLfeP8s4wnnZvts/7Aff2JJ9+b9PwQWlo18LQIjHk/wMraI/QOokGW2b/L/McBrZfPneP4E7o08WJ++/SS6KhHTaur//pKozhd3Kv6WtqjJeqdy/5rMpDyByhb/UdWmqIVrzPzaP55B4AKS/Na+xt+oauT8Vu2aXD6jiP2xZDnJLCf6/QWxcgKDO6j9TzIbqeujNP76Pz97FqNS/kgo8gsq4cr9kckj6iSnZP81mDL9DpeK/vTzcfJhs8L93oURKfNDyP3YkZI4Q19I/aoeDzGbt8b+GZi9c8SLov4Jeo/mv48c/YKxIgiNX/D+cMPXvsN/0PwWishyhxeG/XnLJ7Ozp/b8HX3bAqsnZP725P/4pTgBADfN2Booj1j85hW/cSBDjvy1LWcwJDPM/HucNxZhV7L9E5xUHlwDUv7rqphp5ANy/Z+CViqgs6T8qJTG4sgCpvwxEN1eOH/C/KhMJNDIdor87y6Sj04rtP5v88vvvNPM/wuxG4Iy94D8BgppG7OHxPyQuuuESaY6/M6xzxAq9wb+GsnLo1+KDPzBImCLjNsy/xWQu3RQW8z/8zMkjyeLbvwyRRfiBTbE/1vD3ulPL278+tQOYxgjHP1PYyepJZ+K/jDG0kC+u+r/SlQpxKf33v2uxBVRhWfS/psEbCEGW6T9NeSrUzVDmvylPLnj6L60/AH5qr/RQ4z/KkLlb7w7SP/ryFjIkxsm/EWAcTqCV3b8ds4X0QTK2v9si8lRYs/O//BVwa4L0OL/L+AAVV7wGwAhj1KNU2u8/2b8jMuLT379mu63NttXtv/7jJtrdztk/z5DDC0bD77/mJpKA6Jf2vzWvsbfqGrk/aMuQ2Gd/vj/VSO+caRvSvw+ITQq8vva/raHB1eFX0L8ib049IB31P87smlU9ieq/QesDPfa2xL+T7AhJq2bkPzDR/DW3PO2/KhMJNDIdor9t08NndfYGwDGPizri3tc/7Aff2JJ9+b+9trr8MC3WP9pUAlpS//w/ZZSEbAXOyT+pIS57jMHNv5+Py2XjLgZAo6R5K5ac4j/xZPqjAlgDQHp+7LAAtvK/ZwtgZJ8b8T8X4BUnmm/7P9md8Rebz+S/1IH4d6yK4r/82Kc+LLfeP5pToosJAuQ/KSDNvy4Q+j/Q87GxxUK9v+D6jMSfe/G/j4SNlugY2j8FaRJrAQj5v221QS+oX8M/z5AIitaEvD9XAV6QwefiP41LAwoMWfc/6kAxbJwiA8BYIAtXEGf2P9DzsbHFQr2/jWeslN5s6r8rciCE+3X8PzW0/xKQ4/c/Tewr5ljk6T82j+eQeACkv1qjRpzOI/K/35BZw+1Y4D9tEDW62gruv5hgAIeGXvE/dtsPZmE03z/om0AB13HRP1UnIQGI8vu/NiSw0dZY/j+jIzGXPULXv0QCBKrp1PK/nYP4HK1C9b+2KasIxOu4v2g0mpmdBO4/GwgdcHTU9b8d31H+RDTgPwmoF8Pv1/A/XSZslEBrwL8Bp8DL7Sz0Py1I1AgJdfS/3bEaSFkk9r+84F8ZRkV3P2MME+csefm/zsMDDEbi8j8p81TJBR3Gv4xb66P7nuU/pfjqCmDz/r8g9+hhyLryPyzrSHlIE8s/dCPz/1vr2r8Gnn89/lfvvyoTCTQyHaK/Imt7m/tI5j+fS+lbmKXlvwoR0QjgL+u/Z0oegnLwAMBfbBnJSR/DPwOrrsBsQAPA0AfPFGp58L83a/+ME22/P4xdmpVQp/g/cJVvNbUF8D97+Km10Sztv7Nps/2/WLe/Js7SQyxP2r8BgppG7OHxP0hOL+He9/4/vwptMNtTrT+ZG0osZsfgP62EiP4duNc/ipTnS1AU8r/QPSdgkhLUP7pgt3Qmnc2/oWUy3cHQ0L9LC+DKVsLwPxCbx+dJE82/mRY55YAc6b8iMHPupHrVPwAaHAtZl+Y/vLuwTLCT6r+6LBEwhCjVv5d3Iwjmd/K/ekPkA6rn8T/9Ox688x7QP7y7sEywk+q/Z4cNwr7Q4z+9I9/WZyvlvzuQnPZ8vNw/OhHMSuEi678S2keGvn/WPzNm6xmrxpE/L2HddQ6cxb+xqPmEIgX1v2MCmDtDtNI/y/LYmkJvzb+kJwCWFSkHQAQ4hVxRGuw/j7vomBsN8r8OePc7leHJv0VL+Jd6N/E/HB5be5jC1b87X3PXYhDHP22JJeDB/Jo/AafAy+0s9D+x9fp4+Bj2P4U39yYpBum/ZObi5BJW8T+9q6IsLhXPPzHH45mFGds/dZcmJF0h4D88F6GJuQsDwBEg3d8UIPO/IuGL9ajl57+osX28RUzHv4MaXVoDrwFAMNH8Nbc87b9iRPrYBRrSP8pTXdvSAeE/BU1mu69q978p2uZRL6vUP23sua05APm/xj0K1W/Gcr8QtHIYPzi5P2xMgOyeveK/KItxmS2B8z9HFH7oUiHxP/oq4Re8pvy/XSZslEBrwL+h8/F5glXvv1xIEqDqy/C/O487Y69p5b93yjJqjn7AP2jLkNhnf74/jvN7BU4Olb+wO+Hm933rv78Fj8aY//Y/ZObi5BJW8T9hInBTTE7kP1Dy6afugQTAlxGLzoQ04L/sh+CIubblvx1RmBamu7s/pMGJfgNw2T83zkiUuQ7zv3ot7PK1r6w/JQsCQmvu6D/oRpGSQH7Nv6FONlUN6QRAOw9pHLmw1L+SoBhUqtPxPzxUkMkF7OU/axumGezOwT9MYx2WH4oAQN5yIPKpRpQ/siF6ZKonU78fLibIrAbxv61pTKHMWfA/Fbtmlw+o4j9soIT7k5Xnv427crXOPO6/U1YGTow4/j9BDGLIaG7sP8bl9Ww9XPS/GTAtfQ/uub+SeNUkqjDfv/rTJmYI+dQ/2b8jMuLT37+1x3n6uxXUv6ixfbxFTMe/zrL8s0Q49b8opUzykILkv2gkDp9In/6/cLwn6xga/b+DZK5WU9QJQNIKAbdIJ8I/gNhXEK3v7L9ZoHNtXIz5P+E/9Kl3tfQ/X84FOfBdzD+x9fp4+Bj2P0QCBKrp1PK/XEUvqNtf0b+z3r9QvHOnvwGLFBycj/I/C4UELeFl0D/NkN4gO9D7P3CVbzW1BfA/ekPkA6rn8T8G2gp8RADlvyERcNRQW+m/idWfuviqyr9K5uA3wbrUP3ZfbDtnpeM/lx2tWo451z9tXMifeBacP9N9W35yR86/PKJ1v67f+L/fQXLK8cPSv5/oxiL+e/q/8TJr5W158r8vGOvPLzmxvx2zhfRBMra/vwptMNtTrT8Bpnh58anuPxzCNgJ1b+A/", "shape": [318, 5]}, "rtol": 1.3e-06, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"running_mean": [-2.77963924407959, 2.7901124954223633, 2.269076108932495, -1.3933032751083374, -1.6502715349197388]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float32", "eps": 1e-05, "momentum": 0.3333333432674408, "num_features": 5, "track_running_stats": true}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [true]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn", "mode": "eager", "plan": {"assigned_init": {}, "checkpoint_init": {"beta": [0.1307966560125351, 0.5733441710472107, 0.04392404109239578, 0.37537673115730286, -1.3071802854537964], "gamma": [-2.467559576034546, 2.7021868228912354, -2.9857125282287598, 2.9944050312042236, -1.7794734239578247], "mean": [-2.77963924407959, 2.7901124954223633, 2.269076108932495, -1.3933032751083374, -1.6502715349197388]}, "constructor_init": {}, "kwargs": {"affine": false, "dtype": "float32", "eps": 1e-05, "momentum": 0.6666666567325592, "num_features": 5, "use_batch_statistics": null}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true]}}], "step": 0, "summary": "BatchNorm1d(5, eps=1e-05, momentum=0.3333333432674408, affine=False, track_running_stats=True, dtype=float32) on (318, 5) float32, train (use_batch_statistics=None; initial values via checkpoint; MindSpore-only initial weight,bias; relation affine_input)", "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
