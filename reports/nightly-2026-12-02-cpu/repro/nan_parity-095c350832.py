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

PAYLOAD = json.loads(r'''{"atol": [0.013324605311268715, 0.07020077132865364, 0.23306243853775271, 0.07032805962893955, 0.17481208769237702, 0.011957023201269347, 0.07020884503835242], "case": {"affine": true, "bias": null, "dtype": "float16", "eps": 4.276760393062241e-07, "grad": true, "grad_seed": 12412, "mindspore": {"init_via": "checkpoint"}, "momentum": 0.1, "num_features": null, "omit": ["affine", "momentum"], "param_dtype": "float32", "rules_off": [], "running_mean": null, "running_var": [0.005062890704721212, 0.2430741786956787, 141.20654296875, 65.75899505615234, 0.5691653490066528, 0.04928184300661087, 0.0010350289521738887], "schema": 1, "shape": [323, 7], "steps": [{"input": {"constant_channels": [2, 3, 4], "layout": "transposed", "offset": -10.0, "outlier_factor": 299.9, "outliers": 3, "scale": 100.0, "seed": 5897}, "mode": "train"}, {"input": {"constant_channels": [2, 3, 4], "offset": -10.0, "outlier_factor": 299.9, "outliers": 3, "scale": 100.0, "seed": 485530}, "mode": "train"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "nan_parity-095c350832", "kind": "nan_parity", "quantity": "output", "reference": {"data": "sOPP04et5b+jvByb7oOyvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAL5J9M6dBPW/rK4wgJlHu785akfRImHJv9P6RrqT+MS/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA/3HrcfW0+r+eNNPrrPG6v0K6BeFI/+k/FCY6NHhHgj8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADL2hqYcu3bv55dNcMfNbO/oJf25bd33z+8tpCNDCuNPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAANFG5QCCOPA/6CZmnaC1qD9qA3uKUQT1P4RwHxv5u8C/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAnFnZ7pRgAED/cRnrhg6yvwZ6gZmxste/0wzAjgjLpL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAjLyXoqo28PzufMVce9q6/ETt5h76Z0L8bA0tUf2WpvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAK9YIYIW5uK/EMyGNLCVsL+9xe1b5jOwv8+66492xKi/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAvBNaYIaN9j9gGiKNXGmXP4uLMd/Sc+o/5G8xEMAQg78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACI6F0NZ5P0v7Va2j8T0I+/7MIXho516T+RB/WbqHdwPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAHfLPS+12d4/Y+rCaCZLtL8mAHGBac3ovwKLMfqhC6S/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAGWMP6Mkw8D8jbRZ33AXAv2PLnS8+F9W/kNHVLeCroL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAA6fK9iY7Wwv7KfbpQ2YbC/eNMN9hXD5D8nRmMyZX68vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAALkTX2+wzvq/FLjtl6TtcD8UbGbv3jjaP2eu3+Xhgb0/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAXXoad9oc0b/166ANUtKov/OOq6fsr+w/ZDJeE3dul78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAALKdvyHxvUP1uAfKbBqra/efCmwH6S4z8OqOi1gEO8vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAPoy6U1h8OK/cepZQ0yvk782OVtzrJvVv8icfKHGsJq/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA/qHBs85P+D+LGBPCpYmfv5vXCs2iqdC/UVpQOTeSar8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACZJtZQLKnWv/zbtIJKW30/3S5Fg99Y6L/dictE+uGxvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAADWx6V4HXPG/tuqVREhjx7/q7a6dqDzwP/nxVfKSOba/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAL/QNr555tj9luC9UnYCzvxj1gILYMvO/+QYIiHa3sr8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAD2/FPuc7rovz9h0Z+1scC/AnCfO/rS5D9bsVEdbhHAvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAHu07UT7Wem/2zJCT+1tt7/DLLkidfPHP/Ic4A7CxL2/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAi4ENRDA02799jAccszxDv0mvokZ9/dI/xHyNG4C4db8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADuLQ9YveP3P6kROuRQsaa/iX/Aoy238L/9vaXjBBi1vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAKv475UM7LI/hXQuP+tajr8fNN1fC5PlvykXWZW6b7+/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAvs0TTTnA0L9VIS9je7DAv1wS+hMXHtE/9T67n8Tzsb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABzsK4FCpvXv14bEUzNba2/H8n3BUmA1z9CAyrmT0uYvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAADJ5dMorKcw/cqJ0m1v4u78+5yrMpsnhv0qbycgzCJa/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAOtfAch3l/D/rzfRW4oO5v7HxBrq+9vC/4gFT393Ivr8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADUGvO2+HzYP/MQXAtD3a6/Q6bq3BaB0r+AhIrxz2G0PwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAILVxF8L3wDAyHtdLCi8qb+Z7IimHe7wPzxijbnjQ7C/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA7TNzLjCf6D+WBHrszktWP+e8imjk7ds/3MXMSdHVdT8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADXhKe1BI/aP+r8lkvoFr6/3K1F4dPp7b9rnDkhtgmRPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAN+eP/CFTAjAkdcRoKQ9wb85DZldl5f2v6wrlHc2Wqe/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAABZsYXyDl1T8zm+9e0bx1vw/dLqVkuOE/RoEjAxGJvr8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABKRk9nzQPqv69JX780V3q/5Kg2yywe0b9JnIo/TInCvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAALOS/z5JXde/DgPbQyZAJT8ZRZR++8rGv2zK/fVaK5W/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAmd4kDVcbmD+gmhznIjGYv8gm1bwHrci/YRoUU15lrb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAA0Fd8//9L2PznoKvh6QL0/POUriI/r7L/RNOT5EQWjvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAFpWDOLm+NS/6DwU/xK/wr+BkgagC8zoP2qo6tq/k6u/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA5wW9dK6/9T/q6vOBIhu/v+LApg9s9O2/aqTLjLPEur8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABmEApgb3P/v5xeoj1lkKU/zhUenhd1579zRHGBF7e0vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAGLuFkSpyek/6HMe6N5gmr///49RZO3uv7S1Z/bXbae/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAm9PHdFG18T+AkLhhppCov4DlCfOeQq2/NmwIVgrkqD8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAffv5nQJDXP3FyJw8DCni/8ja1SbcE2D9KtrJi5pCpvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAADAEOI5LDtY/Y1APsc3fyL9r/V65wc4BQP+IKcR8sp6/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAZEZEeLvJ7T8PIVP3qZyEv2e458w2Ae8/F1mvFOI+w78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADfQqDhqID2P4IJuR9OX7s/xQPnY9DNub/CxpIOMr68vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAMPE7yiSuvc/odPsM/hxND9egzBEG7eRv8h4ivjcC7u/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAYB8t9ZPS5D8MhccdCaKuv7fnzh3uMfK/Cs7MYMy7v78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABL8U6PSiACQLx6Wde8/Ke/gFxhIpUO8b+uRxmX4cJLvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAGGna6++6rE/mapDXau6rz+NKcpLR7LjPyloPsNnrbC/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAUhq4ZOUn7r+OIF5DHQ2DP9x985Vld6e/8kDSt6tpnb8AAAAAAAAAAHGnnHnB8TFAAAAAAAAAAABuxPUBkEfgP6WUenzHgZA/78JQHxTH3D+RtSEhD6WyvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAEMTFfAetvO/0OCAllQ4sb/5RYD0b0m0P+IBU9/dyL6/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAPJJVaewj8D9aSpNJcLe5v6t8BiFNoem/wBE1c2Eftb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAUPSexKg+iv3VOb05vQqO/jfxqvbm8wr+ndPYbqPmkvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAPgYI4cwZ90/RTdN/hgut7/JO4wvCEP8v6O9WMAZmaK/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAxGD6R5pD8r8s5g7jg2rAv95HiQ070OE/Dsyi1NF/pr8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAx5ugWbIXmPxio381KbLS/iyN5dQUskT9Xo5Zkllm8vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAEEkAQRmetg/0uyaoe2Mk7/zSEFw+6X4P3nMIIVHvay/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAZ2pSDa/t6T/9VyLUWvePv9vao2W3Bdm/+UTWRGS4qb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAKv4ZK3ynyvx+nFM1cNMu/sGX7fTgzzj9B3jOi0/mtvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAFeqlXES2PI/aLJNFJcRu79FIDMltfP5P4pZl1XxZ1E/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA4yWMyrAk8L/V+0RbEJmwv38/yFcsP/K/fZ2m02vdpD8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAC5idsaolf+P3L8/AwSq5K/9CxEFGHu5T9XDYUAzEyQvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAC16Qhy4gwHApBpAFiaWbr8F79gydLXdP8x2mPZ6OJe/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAc6NLonHW/L/cYgKDPFqPv8zBfIDvIdi/AosVtVVXsb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABDfC44eHrcP5r9PvcIo36/44cQ6Wht/L/0HiDPf4a4vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAANN7PwCIQfE/5Q3V7Gghvb9snYXVwIfCv96R7ZvGy6C/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA6tYhk7xR8b/YvCnl2T6xPxQAHbYphv2/5swuIYwpqD8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACSmBO9LHPYvw0dnRm305C/Y3On0Qhs4L/biwBr1uDDvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAALL4D5luTvM/rXIHBrUEsr+cY987hb3ov54G8+4joZW/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAzLBDxxas6j+al9xPZFumv9Xv6KWs+PW/THJN87IEpb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAazmi73BLEv5j9hGYWDb6/Fdp1i7Nm1b/YvFtzqaK1vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAACR+Wa/hb/M/HHcNsBGwxr8DTep7SEXZv9jY8zou9bC/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAsyDM8JwVzr8PUy31Lv+xv2gjzSb5E92/QtnFuohPn78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABz+G/oTwP0v7UNG+GDTLK/RevxPr/E7b8ldPkfTA+kPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAC4FeP1cfOM/VzZukgqfpL+Vyykr1OvoP0IKEBjxH5e/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA7xzD7ar+8j9BSIufmTi2v5nvehHif+2/yS8y90VEhj8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAx9zSBfmrrPz080SkrhKu/lNKno0mFtb/POE5GygK3vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAAi/66/Ui8a//WW2PlRiv79JOExpoxzYv7l+1L5okqW/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAVmMU/t3d079YRhGWKm6tv18TXquXrNw/25l2NouYpb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAD5PXGLNfnmP1c8ns9dfpU/dbgC//D29r8CqbEgrlmKvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAGhfys/a5OW/S+XJnsyUtL8ERKRE7WvPvx+KmRz/s5k/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAbJqDlilo8z/rMoCoOQq7v1If64EmI/m/XBHcvo3yiT8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAByi2ABBQnuv304CVDn/sK/YRBs+GAJ3b+uJu4FU0ejvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAJcmdvpgiPY/Pd11FSfdmj/M1Gt8fInBv11g6WZ8PMa/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAoomBpL4v1j8TawiKh+Cav1t+CmzUbde/I5arCHjyuL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADGF/n1Qm3ovyxRJ7onG6O/BjuLqyBpsz+SsM9+EK+WvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAPnBkAnRtPK/fkb6Atq0sr8ItLMug1HVv+gmz2tOcYW/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAATpTPZycH8783NB6FSVq3vxx//9ALRAHAkV+NsEVmmD8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAANHNjlUnfpPwAIclVIPLa/EsbqIFjn/7/Aw96esH6sPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAG920EjXI+O/b1pB9h3Rm786cf80OjfyvztkUALmnLO/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAiCTMRy3BkT+URKxk6Aq6v6XYGG58ZPM/QR0uHjK/sL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABopFlHZ+8BQJl/rABSNca/XXFv9Gs82L+l1jJ1QtSEvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAPxaQECaVdm/R6sxeNmwrz9UOVoKfdf6P6VO/DyZ+7+/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAIQJ+PKds07+fkyU0wgCsvwwmUq6UAu+/jLG95d/Vr78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAA36ez1dRffP5awfh6L8bO/lgmxALPi678DW+s3zOe2vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAABMuuvftaPO/3fhKDb4XqL/ymFSQ18YFwLaFITQCSrq/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAoVTsYHmpyb8h9S15wE2ov3z8SxvlTpC/hCfqZj7Cr78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACHPEfzXZPyv0PSesPFD4m/OmbykBUJ1L/7uJ4/slCsvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAALr0+AVFYgHADE/XrGbWtb8NIv1th6rpP0UxfqbDm4G/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAPAj8NZSRvL8UToyTAHKtv9LDtF2MUeC/4pW/lYxOrL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABhLznwlEncP942mJe1lrO/WoJfrOHFzL86I6axmESrPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAKd3VSFm/fM/8bZ9rB8Cqr8xWa1XxrzgP/F4clvm346/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA8MO1oFKx4b9Dl2VCTWCmv9pWsljnBPK//OA/Infzob8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABVJ7ZiiIrkPwSztux804q/h0iAeSCq37/rr8Q3hGS2vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAKz32UexYv6/X9TJVpgmub9VvYPummHyv6O5q0/nb8C/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAEm/co9no9T/0GjzuBo2xv8dJiny5OuS/HA4YSpSgs78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAVsZkGeLbhvxck4Yu14p6/xy8b9GKG0r9ffS8xBkqwvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAHnEIr2BWwRAlCBm0VwTvL+9AhOumE/TPyd3rY/NTrS/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAXrIdDknY/j/bdVto4Qihvz7VnqViKPE/uXq1cFzDtL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADVljOPKOLsP5iGVkv5ir2/a61LmeWt5D/Vqru/BlmqPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAGa+O/Ol7ec/Vywv9uoutL/JjWbgZkHnP0DyqRKMYrq/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAwpS5kO3+2T8P7qGj13iwv16v9slKM8u/15i9maQavr8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAD/1Xvt98nLP537oaWcvqm/rT8ZXnb9o79XstZ3nICfvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAE4QsOmLS+c/LojnbMbPdr/FnfIAXDzgvwn8pXIteMW/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAHX3DB1lj3j9enuD5RjO8v39rwwbHlOS/OXfC1wtZtb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADt1mMF3FTJP6zKEuZ+s6q/yaUO2DoYC8DeZ20rsxu1vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAKBVghooXYK/U5xvKpYYmL86Ao3DHEPOP/5+V5jBNbo/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAP5F1UKbW4r8ulO5lk8a8v0XnnP6xbOg/PjZmRRrvs78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACan+9WfB3GP/scYg2cjMS/u9il0kH94T9o/q0E6UyWvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAAj1wGIrgOA/BKj9Qgntw7+RKQPlzAPXP/coguYJMqK/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAwjoMfrgiyz8RKNVKdg95P3C/EFmvoPg/YaYnxoNeYb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABIP1Dap/rvPwn4mNwMI7e/AdaT5uB18b/o85yvXqWivwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAB44HbroJMa/rkL745prwr+Tyo28BdT8PzpVZL7Ekri/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA3hJqSQTF2D+zbdpo9OkxQMyGH+0iRuK/7o+m3vpftL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADCrUT3Nlvmv+K9lpteNoq/p7EObr1+8r/lbrsKYnWrvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAGjoDbXX7eS/EWweO5Ezpb8eZZAk/AbGv3+gWkPtHLW/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA8vyTQd14yD+V91+tT4Vwv+YRVnpdpM2/NcK4CyDXlb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAD8AdOcdufnvwI7apIW+La/uES2TrjVAcDydujHSf6pvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAL2ylupHdAHADV6JVqmauL+oldk61T3/v0mKEWvXtrI/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAxHwuRkxS678fGpHRpnC8v68jHl6iCtA/qyTmzy3unb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACECh9fEegBwLqsjFYbJ6E/8g4P2ykH+z81kPr+84i4vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAD4agwCOo7q/aLAZJERlnT8A3nZI84jSP7OtRZ8LhLi/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAY9NHx5TMsr/XjqS1LteiP+haI9VYLNU/vnimce/jZr8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADvqmV+SNKwP1Zb0erwwbi/fSs97dC/7D+4Xf3I+A+8vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAABsM9JYZ0wFAQ6N7hsYxxL859htkvv0KwL50rfEmD4W/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAACCS8mugO9b8EbmLP5LO3v1XTZV+WNN4/DqEChN9uvb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABGivZFB/xwP5RspA5HSMe/m2wlc+CW4j8anEE3xUmovwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAHQK97JJFfK/X9TJVpgmub96naERJVfwP0e9yHi07sG/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA3hTHNFFCtz+prK6S+Sqlv7qOrXlLOMK/HlaLz3fBYL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACSRMqAalL6PzphjQPrbpu/r3jqecWa1z8O+O5eIHeKvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAADWdRxvgz9y/TFkHmmbfuL8p37oFzx3Cv/CDNoDCLKS/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAALUW/nyzw/L/tTxzxHazBv05RyYyE5eQ/baOaAWpyw78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADYhiKF/SnhP0G/ubq2ura/KT3OYvdgyT9YwdWi3weqvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAACwzONUy3v6/sUoKV4eyub+VUeM+/D2gP1UACDbIfrC/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAlSO0jXb5xT+2IaAtFAWfv/1qc5fSTKG/L+zOeIvkt78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAC2Z+j+263YPzkS+kkz35c/oupr+zq00L95ZvSWAI6MPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAANxgVL59a9q/Er+mLfgdoD/wmBvTmOzIv3+Sjt+qc7e/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAADXH8KzGk4D8JDu68pWTFv96oxaLLVNA/pg46QpKbnz8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAB5c2tCRLn2Pw1SvUhdto4/5w0BOlBM2L/Xn6PLRe+8vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAFUE4y18k+E/9eugDVLSqL/xZgU5X7L/vzWJFM1StLm/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA3s9VoXBVA8Bckh9wh6a1v/unYFqp8Oa/5FOZSDu+h78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAClMNStMQPVv8eiRCpMu5e/pNYZKmWG/j/Nb1719EawvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAOsE3Vtocui/xJPyFTSXjL/tudFOM5zvv6pPC3INa8O/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAzXbAUYUU8j+/9d06oqekv9a90SWCbQDAKwvN8TWIvL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAB5QHvvrbKpvyUQ8xlLjpG/1ZfyR3dN8T9zRHGBF7e0vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAFvMiI3Ygei/FjwNFKiFur/XCVguA633P4VZOF85P7K/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAbL1WyzVf9j9e3N3OU4Krv2bAyUhYwwNAnUxf9qDAhL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADhSP+o8frSP45LVKANnbC/13Pasnz53L+vE7S6xfOWvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAMEviU8OW+s/yomelAWixb9IFDQcG9rmP41tYv+jj3e/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAAX4OZnwL6L/m88bhq8Gzv1RhAHkK1dc/2M183aarwr8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABDha2jwF/Rv0comkcXMay/KPPVCQGc6b8tjMfSvlGovwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAALPawCGPxfO/Bh2la7c9s78drF0xNtfCv9Xrud84zpq/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA/ZReUDaL3T+11JnliOmUv1AshvmOVPi/jMUzVpg+vL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABqhyHCE0rcv+dnBN1FDLi/cN/TZSqL9L8M9Kr6jgWyvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAD+Vvq3rF92/O/c1I5fMq7+H3v30pl36Pxk1HNW+ebS/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAXvW6iS3z9z+vHC5eoEKzv/p7ZasOm/S/Q7sfxjgHqr8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAB2bxgCU6rEPwfp5jLKXrS/+dgTH5pkx78rNTEd/YO1vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAJfY8OrcQ+k//2z9pp/Ct7/3io8AZanKPysZtZrE5ay/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA4H1etyFF6D9VjoI+w+WMv0ZLA9ZUDOQ/V6p8ljcuu78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABJSGrg+n3wP/1Zr0WHa3m//63td1N41L+B6WV1GMgZvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAAT7iZ6TndW/BT/A2t4gs78lMSRGWkHJv0Zy4+8KYqs/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAANcf2O8MOwT+8EKstLVKwv/RzESGbvuI/3s1yrdqKq78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAx9zSBfmrrPxEMX3g2yZG/ab47UVs36b+JLeIxEHCVvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAGNkk++aUt0/8TosOcpbs7/vqOGWvRLrP1OjoAdxMYU/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAOVThY5OX7j/tujTIwVykv9ec4/ZSveK/iQZ/PR+3w78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAD498ohHQvhP4RwH+Aeyr6/PbgF2/lY8j9bbHUKASTJvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAOVa5sm2LfG//gYMIEQSrr+eHhFzYsvgv630Z4O/Ybu/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAGvW/kW3I7D/G2348S4aIvxSoJlj02vg/tdI6K8l9a78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADBs6jNqRb3v0gu0x9pT56/nkS4ndjq+D8GmH8LRl+DvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAANK/C8j0MaW/RDKJXzzKrr9P8lNkvbX6vwCh3JA2c8K/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA06o6OEXQ5b/hBAWDLMyyv34iL43Db/O/ciDTpxIvvb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACVSilIs8zWPzso/Cewm7K/t1YKwmd2+z8WS+Own5XFvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAACvFX4ttLre/zX8KPiztvb/RFroM5ozzv2jvbfHiJbO/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAKvqUeOeT8z//fqBwZb62v71GtlQHfAlAeWb0lgCOjD8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAA99qqgr7vlv5TFGRwl/aq/MmLzamgNAUDbfTQHlDfGvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAC54r/LC9qk/CAqVJ6zmkb8Za3SKaU3FP+rgYmTRUZa/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAbi3/qngxm7897NnBHDGlv7PbJS+0dAFAPDiba/btxb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAheTpXqmPUv2s6AjQfZKS/PbR4w5533D/fSA6AmcOrvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAABvqN1SZv+i/exo9MNzTeT++H62Cq/i3PwnxSlry4rm/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAK+xR/AiC+z9FAzj870agv4clywHhLfc/LxYzpFLgsL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAuWCF0Qg7UP5UKOTNBvay/BDN/q34alT8tN40iB/qivwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAACr/fZsJZMu/DRrRo90pYL9gLKI18yPGP1p6xr8wOZM/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA29PHezsh4b+KE5mgMV2Rv7bNJ75J9N+//X6PIlqev78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACwnsfrLtTov1rpuQ7sdse/FKBEAIyhzT8QhDkxEcrKvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAO1Kg8WAYO6/HRLfprN0hb+RfEBHuz8BQELZxbqIT5+/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA+JcenmrV5b/YFsB+MqKfv3CKz3K5cey/HCPmJMTSor8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADORaqgmgv3Pw9LyceIc6O/6dAV0z9t8T/XF5wCMo4gPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAIYrYO5AEMK/ehb6+d8Iqr8OOBe20AbGP4sOE3LFRrG/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA/iXhMWoL5L8oUGkQCWK3PwKo0oy0k+0/cHJ3gy8Zp78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAC+i1HbcLHwP4Q5y8AlO4O/ykom64dS8L/fTPVDDSq3vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAALH3b9ORv8U/9c++p2xmub+yfdsooQr5P9kqZwdRR6i/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA4bDGun9eBsB0vxDkP5rCv18PCWuKVMc/IcJEWhvtw78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADbdFtnmlnDv9otz0HKGaW//2p1qyYAzb+6oXfOE1yHvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAM3CypEQvug/+KJH18rnsr/d53d2pYjrv0tUWSYkPLy/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAA6iA0eLq9L+X3gYumA5Nvy/0qhFVBfk/rtGx/wDSuz8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAp7fbQD1LNvzig8D7sQLG/Hd2uGdvLsD+FKWKxlOyfvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAM+RtOAlte0/EhHZmar1n78SxCoa/suAP57TwDI01aI/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAwON+D4Ox9D8xFnNIyDmFv/vbPmtWWeo/AoeEiW/iwb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAC2o0aaMQHov4ccGpMyFKa/TMYfHJ0O5b+SaXshTZevvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAA2CSJZDieU/Pd11FSfdmj/StBqiDELsv8TkhtvAhqW/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAfgLTqkq/xr/U8V1k+xCyv3ELzxTF4Oa/5isWAV3tVj8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAC/jlrJpIT9P5hIAq2wM7a/TLMwIBCn6z8Qw0/yu0PAvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAOuPLMi85sE/H9TYBbiNpr/Cvqh89uvWP8LGkg4yvry/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAApb5BunY9r+MAUTUuNGqPxPVhNzX9vO/YIvdE0WzVT8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACEA+sXXI3DP4oshh90DsC/uhRmO1ef8L/8ylFnaGC1vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAD21KJ74GvM/yFL0QGSgtb/9GmKvA2j5v6anrP63Iqu/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAAIRyPO/G+L8sTAt2QM+ov/vbPmtWWeo/RqoTfxQHoj8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADWOd3kilPxPzR8BnprZsa/ZXc1q5sV2b/15UMGGvuWPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAIdsHTU3LvA/8yWYT4EouL8CcJ87+tLkP6OTLB/rBZ+/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAArzdASbLeAkAY/9a0qIeGv1dPrj1ocKM//gw2h0awq78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAdWrWODe/Pv+lmloYx0au/3yGqC3cn6b9RKc8J9bC0vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAADmQP//o6t2/8/+9NnjkhD8DmzcVTGLuP9nOKuCrZrG/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAxymAwDx/5r9rIi8tBomEvydVdXTa5vC/YFEkAomppr8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABC3Nq7KrDHP7qfvC+jH7y/DscUXRtc1b99qXWbavDFvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAOgbLUYi8t0/2Z5w15pxxL8zBUXTI7vkPzQBP+H7IYa/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAs5L/Pkld17+dAL7pgwqkvzIzzlUCFOi/iLkhah8AnT8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADqvjbyT4TivwVnuIQ9XsC/2QmPa8I5rL+YN++NMIO2vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAABudjU4xh9Q/+NG7VThVbD/hV4dgO27hP3NnC8CJkqG/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAi33E5ury4L+huZbrsQyov7n6vtuyYd6/DPSq+o4Fsr8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAdA15V7bnwv9YdptdkNIM/dhjcvji17D+ZNUiKet6lvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAADAHyk/QjAbA38moGLiEo7+andg30QrTvwgrsA/YhsK/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAjMNqUAPh5r+/H+DaOOasv7YRA2C/MvC/mtAnaiOEqr8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABHGDRIVsLSP9QymlbYB5Y/yJfYH2cxvz8nW909sJOzPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAIjVltNbE/k/Y2Hxg0PNtL/BoQ+yjRzYP5kTxVqudZE/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAARssz+FBEgz+1FZy/QZStvwHvn5nuY+o/DOkznQe8w78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADGETXJBJHnP/AWPycYLJG/7JlGGQY79D99fxFwo/TMvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAABWrt/WNvLg/QlYNcrVzdj/NyV/iATX5Pxjti1LQTK0/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA+wc3c+mi+L884pol/cC0v1feksRRsLU/FWYFALiVp78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAY+X/7ScKyv75v/XVCYaG/Kw7hACZo9z/ckuacd7XCvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAD0qyj/Ol+2/O0q+Ff62pj9UwHRPtRm5v19CHHkb67i/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAzgNNlMde+78b/2zvfv0xP3bDD6MVJeU//8c/hScslL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAB7FJrIrY/kP6qkmho+z7K/tQPMeYjp5L9oR6cPyOurvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAEh7rnX9Td+/uvzcPwNCs7+s/KLtD0r7v2qky4yzxLq/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAN7Cp7/Xt8z88bgSpia6kP7Rh3swGU+Y/pLZWSSwQsb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABYj3hl7KwDwIoTmaAxXZG/0eF4JvBd17/0IpW1GUfFvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAIV8jpUtB9y/9+xa8FAIwL9uNi5VkR7dv11jdvfPBKu/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAL8ierrY967+vy2T890Z+Pw+W/7VtSH4/wCME4GPjsL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAB2HH59Qyfwv8oMinLCLZg/QuFHlJzlAcC++kIdwN+9vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAE06h7rnjNi/L7g0+R6+ur+GXTYq6XfgPykNF1XOIYA/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAsSFHpO0A5z/K75MTcS6yv5QPzfX7oNg/wBgbpQL0s78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAApiTw0V1jjPzt+zAPWxZE/Fgr/W1N30z+z0TdI9SiYvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAB8ZBFx2KLA/RLur1dhXpL8jGqdwOjDnv5oAiw8hIqU/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAnR5XAYxzz7/GZVQ6WieTP2MZ68hBNOo/u1qzXB9zpb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAhneiV0mbwP+rq84EiG7+/SaSVoljP9D/dQF4Gp3/LvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAA2b0/yM5dG/v06WalxxgD9MZeOGDIrWv1PduPUB0qY/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAobNYdRpx579yymxFujXJv2FxqI3xjeu/Q/6UrMhyXD8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACnQlt4KxXTv61gZDzvCLO/eUVz3KEi6z/HYOxo3+WYPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAANoSb1guBu0/10RB572Gyb8SgIDpZt3rv8qWYoAfILG/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAApjMY4KRTzT9xbIs+CgW/v6zc3+CUX/8/kKY13e2at78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABmgWKk/67vv1+177zeqrE/yXDNFf5x6D/UE4p7XeuwvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAGTFP4/1N9a/4F9YTLW6v7+CWtNOUQvgPx/ZR1snHrW/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAxrKNcCRMvr/B+lBIxfu2v+UTHS+ZCuU/X0kCq7y/t78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADOrwNYBT7dPyK06Lr0vqS/k3vdTbnw3r/384oYbzjIvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAKTb6quSU8k/cvkwlzgBYr9QG12ok3nwP2+QKCxEtsG/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA74FYlH8E1r/04bryCyqUv1RHkfCzIOY/bpDSk7bEpb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACoeNcCl27JP7IgOwXPE5+/7xccMY19zr8H2eRUjSWtPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAEYfOOSlDOG/RF6EsSddsb+KUf9JAdXsP1mXCsERcrm/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA3TFZhsDc9b+LF/I1K9vEvwlAiJ1lZe2/yaMqSc8cpL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADWheckFv3nPzHV0EEDYMG/ITJPjMeP9D+pRLBZ0tW3vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAFxLhKQS8MC/2tqVKH9/rL9cGXmWNpHjv6DSjd5Brqe/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAw1OX5AF/5z+LrNlehyqyP4rl7eeZq+C/OIH9D2iNw78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADblU5nuFP7P/iI706lUK+/gzCfDIAK4j9LNWVQVHCAPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAJxK5OUfzdK/GP/WtKiHhr+7e7+HaKrOP4cg10TmR8S/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAUi1/nvCn2b86FC46hou1vzD5m8Awdeq/NaYgRJuEmr8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAZm2unI4fRP8ugYhyMMFq/gi11ym3v1D8ZP1cNG67CvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAEHN0+v7KcK/Ps4ZgmZdWT9XSCsDvHOjv+M6o07GzrK/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAPVZXJGLx4D8iQ+rcKhyVP5PYxKI8Heg/Pthbrp+pgj8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAdhQIEkNrlv2HIPR73AXA/GSyJ1Ze28z++GlDL3vLFvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAACxAmzjLotm/8ZHG1y4sxb9mjU/z5HHlP/IpOMNA8KU/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAUF6VT9uw1L9oJcMEkHXAv22BUKLYRs+/9lIenGmWkL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAWPiZJugDbvwfxUXTBwr6/XyyhK0lK0L+KGzHTAjXAvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAACXG303oWsS/o57SxBX6i79ZGUD9sD/Qv5os15lvGZm/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAKMpe4ELY1T9gWgLBAlWuv50Yve49leY/Mf1OTE/Nlb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACWLNrQ00PnP4WCwqnkxb2/HXa5vWnz8D+ysT/XkrCRPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAIfW1kJtgfa/HMzf8cj5cr/DiWeWAL36P9i0HdeQBLQ/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA9oWX03DD57/UWaxfPalkP3lufCB45tA/gzR6pVVWvb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAG/22W43z7P/pHUuvO2bm/kfhOFjK24L/LdCCsJA6nvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAINsIkRhb/S/WCk+1mf3t7962P6k8TL2v/Ixrunx9qy/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAQQ6RMvJH8D82qLQBvWyXv6bXtZgznuo/ILMCfmzxrL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAdJpbv7hLIvw39rxslWsa/oIEUdbyk87/4DM7ZOCu0vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAM5/LRYso+8/M1f/749gtb9hpYaenvbuPxzkz2MZWa2/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAUnVAgTYQ9r/NwiNXIIinvxjyVkDGF/Y/OX/kLthCpL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAABsV+YaRU36P5H6RM9XN7w/rP0Fw1gQ5L+z0TdI9SiYvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAEr0gPoDfvI/rlSerWBnwb86OZQMMu3ovyxEOaZqQqO/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAxEDQqvb+2z/zuKjQgxaov9BUQQZ+DABArCt4MuqltL8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACMOidrBtjnv2VG1NvN8py/NWBlc2uB5r/EwHjtii2jPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAHpPgr/cOL+/SFUJ96ierr8CUwZxkQPmPwgTqXM5qba/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA0NMR7fhh2T97tK3FWCqdPwSeaL3NtoA/THkX4Aclsb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAB0rlekbEkAQNPfwa6G7a6/Ahiq524Btj8Qq5wlAoOcvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAAlvhmtiSu4/8VGipd1LnL+JQwA7GBXiP6YOOkKSm58/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAtuAf6dc/4D9frMqY6BDAv5qfn8hT6ABAckNRoThWt78AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACU93/RzTrmP0fhc1YEbLi/3LOZibGoAcDnV0YsfJ6rvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAGkFHb2lCOc/UJbe3Slroj9fs4TrT+72P5Ncz53pTq+/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA6BiErrk/8b8V4t0jy5q/v7M2DhxnOvw/XzRsWiX2rb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAADaQV5T4c3QP9ZqXiKj36Q/itNhwVUK8D9eitu0aZKwvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAOwh7GM2jeo/tLPr8KZht78CyfhueETyv9yIq2QbgbS/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAvkOQ+CpJ5L9ckh9wh6a1v8M6tye02dy/qxQyDWRJpT8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACw4WRnE+/hv+10gxAkUpq/OOgcVdU9AMA0G0HDQ3isvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAOwLfJLCWvK/4t3Nzx2duL9Dw7bx61SxP9fnQkBv6TFAAAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAc+CER+M15b9xkNHRlfy8vxmMYpXfdNk/LiPfJ7Yosb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAC2VpyUycjTP0YiuRTQ+ru/HSCKzP2c4D+WVbx7kdTDvwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAABS3/dzqcfK/+WbU331tr79cNz1fmp3avwFy0vOLZMW/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA2k7N84NZ3L9z2F34rOu4v8lSCU2aZdE/9T3cGrfpjr8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAAAEhG0txYX0P2UzEIaNSMO/xZyPKxN297+zuxEDTi22vwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAAk2Q2XiIPO/oBBH6ROQfb9v/voD113UvzR2C3fcZlO/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAAGWI03q0k179+hJ8y3Buwv8KPgjktkL6/RtZfCWP+lb8AAAAAAAAAADiOjmNbiKy/AAAAAAAAAACtjYCQRjDYv/7JJMtQvaq/zUpfhA2k8z8w7Jbu8nuyPwAAAAAAAAAAOI6OY1uIrL8AAAAAAAAAAMGzqM2pFve/qgJ2ojC9hD+m8SQhilLcPz8pusG2prO/AAAAAAAAAAA4jo5jW4isvwAAAAAAAAAA7zpyu1Wo4r/yY0Vvo0ebvw==", "shape": [323, 7]}, "right_plan": {"assigned_init": {}, "checkpoint_init": {"variance": [0.005062890704721212, 0.2430741786956787, 141.20654296875, 65.75899505615234, 0.5691653490066528, 0.04928184300661087, 0.0010350289521738887]}, "constructor_init": {}, "kwargs": {"dtype": "float32", "eps": 4.276760393062241e-07, "num_features": 7}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [true, true]}, "rtol": 0.001, "several": 4.0, "step": 0, "summary": "BatchNorm1d(7, eps=4.276760393062241e-07, track_running_stats=True, dtype=float32) on (323, 7) float16, train x2 (grad; input layouts transposed,contiguous; initial values via checkpoint)", "torch_plan": {"assigned_init": {"running_var": [0.005062890704721212, 0.2430741786956787, 141.20654296875, 65.75899505615234, 0.5691653490066528, 0.04928184300661087, 0.0010350289521738887]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"dtype": "float32", "eps": 4.276760393062241e-07, "num_features": 7, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [true, true]}}''')  # filled in by fuzz/report/repro.py


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
