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

PAYLOAD = json.loads(r'''{"atol": [0.061072434069006365, 0.16623531546514175, 0.24853880658604205, 0.20078845332431958, 0.07046022146746347, 0.18148018602660765, 0.09372880937439272, 0.21337802732942163, 0.11020715610674416, 0.17249834187412882, 0.0009713947203343455, 0.09464377636408633, 0.07213585116739875, 0.296556103723416, 0.04886864979008066, 0.10027245986338493, 0.13792343068629087, 0.29462657334558273, 0.030307253192969494, 0.2596123188553394, 0.1701133556147739, 0.08530523172220157, 0.036064805413379517, 0.12778955593684674, 0.03202031342310775, 0.03341717349841719, 0.12986651883268036, 0.03237969870837233, 0.16365092717755164, 0.04736927021207462, 0.18374451199772168, 0.08472110759054606, 0.26996411458688246, 0.02602101766860543, 0.11187496100089121, 0.03370503185139795, 0.11044945481621962, 0.037210990528636446, 0.07004833499942002, 0.04546167568762547, 0.10745621789192857, 0.06796409633498866, 0.09941522605842287, 0.10173058259519156, 0.03128558614869303, 0.18427012036086868, 0.10274183588193826, 0.0809997309822255, 0.16154619918342786], "case": {"affine": true, "bias": [-1.7569501399993896, 0.19696223735809326, -2.600691318511963, -2.5452990531921387, -0.022496242076158524, -1.8771625757217407, -1.0046180486679077, 2.7990188598632812, 1.6643375158309937, 0.11982537060976028, -0.4850110113620758, 1.6452600955963135, -0.3911301791667938, 1.1721949577331543, 1.8590916395187378, -0.931666910648346, 0.3064217269420624, -0.7434049844741821, 0.3550291061401367, -6.081065654754639, -6.189522743225098, -1.4397870302200317, 1.2141870260238647, 0.3973549008369446, -0.3806256651878357, 2.012091875076294, 5.23158597946167, 2.472360849380493, -0.36467859148979187, 1.0991120338439941, -2.737748146057129, -2.7927424907684326, -2.1589109897613525, 0.9822083115577698, -1.767978310585022, -1.4586095809936523, 1.243666648864746, -1.21675705909729, -1.7052154541015625, 2.7309789657592773, -0.3257297873497009, -0.13813352584838867, 0.40672826766967773, 0.6805903911590576, -0.2125815451145172, -1.9705876111984253, -1.568674087524414, -2.7743825912475586, -0.5289854407310486], "dtype": "float16", "eps": 1e-05, "grad": true, "grad_seed": 147, "mindspore": {"init_via": "constructor", "pass_use_batch_statistics": true}, "momentum": 1.0, "num_features": null, "omit": ["eps"], "param_dtype": "float16", "rules_off": [], "running_mean": [0.24541506171226501, 1.4489760398864746, -2.624248504638672, -1.0171056985855103, 1.1983036994934082, -0.4311928153038025, -0.6085682511329651, -0.4830918610095978, -1.2418307065963745, -1.1846461296081543, 1.3181440830230713, 1.4804784059524536, 0.15752509236335754, 2.8177123069763184, -1.6674712896347046, 1.1967469453811646, 1.7445690631866455, 3.696688175201416, 1.0258631706237793, -0.2960679233074188, 1.352496862411499, 0.14601759612560272, 1.0724464654922485, 2.0523993968963623, 0.5021250247955322, 0.008870280347764492, 0.9615550637245178, 0.8605011701583862, -0.9194216132164001, -1.5084331035614014, 2.5799827575683594, 1.6297886371612549, 1.091957449913025, 1.1936578750610352, 3.055889129638672, 0.9727851748466492, -0.49380287528038025, 2.093109369277954, 1.487676739692688, 2.8765976428985596, 2.9754204750061035, -0.32166334986686707, -1.272904634475708, -2.6074445247650146, 2.1564228534698486, -3.9805729389190674, 3.0863497257232666, -3.436448097229004, 0.1306997388601303], "running_var": null, "schema": 1, "shape": [7, 49], "steps": [{"input": {"offset": 1.0, "outlier_factor": 299.99, "outliers": 3, "scale": 100.0, "seed": 34828429}, "mode": "eval"}, {"input": {"layout": "transposed", "offset": 1.0, "scale": 0.1, "seed": 15027049}, "mode": "train"}, {"input": {"layout": "transposed", "offset": 1.0, "scale": 0.1, "seed": 122}, "mode": "eval"}], "track_running_stats": true, "weight": [0.5506523251533508, 2.235856771469116, -1.9392040967941284, 2.461894989013672, -1.4995676279067993, -2.882439136505127, 2.3954925537109375, 2.9096720218658447, 1.6002538204193115, 2.5724008083343506, -0.021139031276106834, -1.0244981050491333, -0.8129311800003052, -2.878488779067993, 0.7308604717254639, -2.2369205951690674, 1.1421531438827515, -2.3964011669158936, -0.7633021473884583, -2.3144850730895996, 2.2356371879577637, -0.6270520091056824, 0.3526824414730072, 1.2346534729003906, 0.5911601781845093, 0.6447831392288208, 1.3495986461639404, 0.6010667085647583, 2.1416616439819336, 1.453348159790039, -2.810805320739746, 1.7752023935317993, 1.155770182609558, -0.32842716574668884, -1.6487696170806885, -1.0461832284927368, -0.7764865159988403, -0.6054922342300415, 1.716468334197998, 0.7135587334632874, -0.9405903816223145, -0.8690675497055054, 1.544307827949524, 1.4967975616455078, -0.7883260250091553, 2.735001564025879, 1.1018092632293701, -0.5915032625198364, 1.6152509450912476]}, "device_target": "CPU", "equivalent_exceptions": [], "id": "grad_input-9d2861aa1b", "kind": "grad_input", "quantity": "grad_input", "reference": {"data": "L5RKwZBLF8Bv2yKAaasowB6FcXqeh/W/uX0sZliNMUBuEJrVZOEbQF63DX4dMh9Adk4JqoxrEMD6ZFXOrIwVwCA6ZfUMJPy/pphNO8TMLUAEz+T8XYN1v3LWIeS1eQFAhS7W7dhzHsC+ONX+dC0iwDLEt+3+8A7AbZqbkL2GEsCHO7+HpHQXwNDIJVvxUh1AKcxPSCZpDcDdiNwGhbRMwIVVvYufYTnA2D0SlWtCIcCLfdQeAc8OwByWeR8pvhXAdZEEWeZwxz9JtwzNVBYfQPQLfPEXiu+/seVlRDzO4T+shq7cgos4QEhKd4bzUyxADbWNKwb2BMDWUS4K1jQRwKywu3JNACBAEC0QqsAGCUBOCN+ha8rlPzbFzm2AtgxAFQW3Eht7IsD6qdqE4O8aQI089KWdWfc/1gpTqtWA9j9EvXMsRwoJQEmTgAY4BTVAj5bR1DOlHsAFzlDi59IrwJ+wHpJO5hPAHmVovDxZD8CZJGRCquQ7wOgsVQkl6SHAwSwmbzepOcC2lb+x+L/nPxzbOh9uekRAr0c2yaQiTUAfWQ2X5dTov2FyOvlLoSrA6QjWKiruQEA0r2XFTOUPwIsogewfpRVAac36dNg2MMALRNtD4TQ9wHnnTqkzicu/7X5pYRIXLcDOaBpb9HTwv99w8HBtPjLAYBHpZOEdIUCrXx6zkigQwIOLSOik8wNAnX4q8HbTJ0B+OzJ+M1oFwOOoeTii2DdAxCbjbnywM0CuPbO0q1wQQJd5t7GIsxHATQFVyOraFUAvM8Fggw0SwKQKG58dHgXA5Rj9Qy7hyr9ZK1nK4pYeQHEK2yodWjfANYxCyPVaBMAqR2XtDPASwLHILsauCCdA9ebhtjP+UEA+0pC0FA7xP6gUmoyDghRAP9r2jQncBEDRMViLaQ41wK0JGAWhxfm/ja5zMwuKLkAiw+oxqM4dwJ4UkdSQfBLA09/KFMwKJMB9fHntz+IhwMyuu18N2hRAuOofpAD/1D+2/YEgowU/wIg/P2VkQRZAKa2STAUGIcApsToNrhguQJbhsJ41NBFAtjYBh11x9b+b6ldCUWtGwI3suCdClzTAzEnQ7/0QIEBAlYJ3ijomQFow0PkaZyNAmrX7ilYMPMC0NfZsCoAsQGIZt5di3Pw/AYR87nNYvr/IM4uYHN30PzXrWO1PZPW/4FWQrL30TcB4fpDcnm4RwISvEPy+W+s/hJwRbTtBNEAbLv9vsDE0QFwNxhI2+6u/n/zcZYaVJ8BBI7EF6b8swJYAHc/2zSbA504Uf/h1EEDrXARa5EgBwFTuACvunfK/JEfOub4TBUC7hYQAZ1bGv5DjOZRuvu6/3xCpcGEaG0AMf4BPlSEhwLyJ9AtGaTVANqIzgLeuH0B3aZo9AoogwBQUG3ifeLi/VYD8bMiEKkDo+R4LqwQcwOxxRgCR0DRAr5BhMe9E8L/V7A+FjJseQFeYMcEflxpAX/nBcY0jIcCT2A9HUHImwHCnyd8MmRDAgfGxV/YnKEBYe8MlK7AOwFKYdnK+qjpA/cIiy//WAkDD18swAH8gwF5b/QbWPixAYeC12ToOHsAvl338kjL8P97MgOvYJjjAqRmAj8UEOEBx3c1aEjEUQP1I9yLbqyXAZNI/LGJQAEBTae1AEExCQFE+vwJrJTXAnv65ZYltHsDH2ZVJmC+2P/55h3Oh+zHAVcpOPMjlLEDlw+V5VdEtQOJ5TtjpNCjAI32VEVBbMsByRuifqWE/wIgkWnLDvxLAk/JJoydFAMB1cgWrX+5AQJj3L0/oxfw/C3F52w57MUBOGhPTbL4CQCOs/3WFoCVAHr+XeoVGDcBZBuYgzlEQwKgYjP69YjXAV8tAR1oMDsDCWmJbSSVHQItRF4JBuA7A4M4dAVXaJsAzQZdNc6UswNT8SGRDsTjA0bngoMclAEDcGYpFA333v5O9gww4yvq/8xY12rErLEBw+BqQ6ksIQPpmrwRj8C3A3VqpsUwwIECLmGXtl2IoQAjAvM1BJQBAo9Vi6GJqMUAvMlCZZZwQwPthAo8hHuU/9mnWlIGeQcD5WO8sjR4cQLjkw0Za3fQ/AQthgZ6pL0AGUTwTYcwlQOP7ST9mH0PAilkXmg7eQEDlTSXrmClCwCfJysZnWifAGQ4zo4CnQsBVAA+nRnYfwLwfR67d6SPAXhJgp8rdNUC25WuUMQw0QHFCrM3TyLs/A+hQP/6LIEBqISe/JD4kQPUTymWSljNAiuSV6jqbEMAhIKabADg2QExA9obslyVAGN+iVufVQkCQJU5RJUy+v+hFtYzqAyXAwWWkoKpAJ0BblDFaeoYVwNu/ug1lS+w/JckZunFK1D+kiRo2bncGQNdi+yuc2/K/ysV5t2lBBEDfUUPdahwMwK7bzZ2btkHA2lmy2IJU/D+/JFf3oME5QJy5yo0+zw7Axh7h5H/mH8B2MbT3s9TSP/9FldrySyRAwi7BIExsDMBXdsFi663yP0a7x4NSvxTAuvRyKFcyJ8ADu0epauXzvyzzkmj8Kua/LjcACIYQFMBDlF/P7uo1QMMQPpS8ZwjAO3xTKAddEUC67pSv/bH1P1//pPfkNhxAm63r04/AGkBsz1vk2KM/wM0x4npJsfI/gX5mQEJlFUDEE5zSjOY1wJ4Yeopmtz1Av3P6woAZJMDPujx8Wvz2v4+UJOfH9i7Aua9AaPlJP0Dwe5jDSOslQPM3QASnbu0/n6vj0OZvvD8/Dlf2OTs2QKALtbiOBiDANKEKokOiMkDmSIcIhU0hQEBtzSuBUyVAugKRhGu3K8C0yEUk/9U3wF5a7SBcLgBAfF1Ue74YIEBCtmY2gpo9QDXPlKbXxs8/1Z/GgvnD+z+Wf9YcbOgRQF/eTs1IDwRAUzvArcItHsB7VwW5egguQMTGfiALww9AhZz7bi4YMsD2lI7g48MZwDdFqbgV2z/ACPOv3n91LkBgpu9OlmZHwKqEwMt0UxLASH2iiZnBLsDRhzPa8y4DQP+aztuaKxTAdgk+G+SRIMAnleH72oYmwE1XzxEBERLASK140eQmNcDnZlfCh8kgwF3nY7CkFhfA+z2naVhdNsBJHvla5MgVQIdC/Dab8TJAUJGJA+ujBkBdC25hskolQEFLnlhTHBVAeBwzPvsuDsANTfLFCNIOQHTbReyxjc0/tnnVqtIwK8CHbvv6+votQFbvWYpjiwnAYgEVnuiyM0CxLYdP8eY9wFQvXOK/0x/AWTTMzG5x678XsIVxfLWgP8BtA31vcfe/t7yOhZJQGsDyEFpCkQ5BQFmEvhNgFR1AbIKlG+zVGsCeyIo24o4xQP2lo3UDS0jAlhTapTkeGkDQ7KZ1A+grQEIo+Wse9jbAzdGEhULADEDtHClPhaTpv25YKNA28yrAluug6L2yDkDcxD5/UiUUQClfvFRN1BRAzAC4/P6LD8BAQWRFY6Xnv+5WoWGi0xVArzS8tenAC0A8dNdu3GEowLGjkAo3iCdAfujbIfVG/b+vAKnVab0owBTaR2dAGQ1AGja3/FpN57+XDvr66E8ZQE7ESf6P5ipAEw8aQtV9B8DFQoHGkrYzQE/kwaEmOydAocSLz2CdKcAuj+PPXjA6QHTcuWnubP+/g7RPXVQ2N0DMoM0wunwIQDqm7uQJTxxAZHY3yqgVHEA=", "shape": [7, 49]}, "rtol": 0.001, "several": 4.0, "sides": [{"class": "torch.nn:BatchNorm1d", "framework": "torch", "label": "torch.nn", "mode": "eager", "plan": {"assigned_init": {"bias": [-1.7569501399993896, 0.19696223735809326, -2.600691318511963, -2.5452990531921387, -0.022496242076158524, -1.8771625757217407, -1.0046180486679077, 2.7990188598632812, 1.6643375158309937, 0.11982537060976028, -0.4850110113620758, 1.6452600955963135, -0.3911301791667938, 1.1721949577331543, 1.8590916395187378, -0.931666910648346, 0.3064217269420624, -0.7434049844741821, 0.3550291061401367, -6.081065654754639, -6.189522743225098, -1.4397870302200317, 1.2141870260238647, 0.3973549008369446, -0.3806256651878357, 2.012091875076294, 5.23158597946167, 2.472360849380493, -0.36467859148979187, 1.0991120338439941, -2.737748146057129, -2.7927424907684326, -2.1589109897613525, 0.9822083115577698, -1.767978310585022, -1.4586095809936523, 1.243666648864746, -1.21675705909729, -1.7052154541015625, 2.7309789657592773, -0.3257297873497009, -0.13813352584838867, 0.40672826766967773, 0.6805903911590576, -0.2125815451145172, -1.9705876111984253, -1.568674087524414, -2.7743825912475586, -0.5289854407310486], "running_mean": [0.24541506171226501, 1.4489760398864746, -2.624248504638672, -1.0171056985855103, 1.1983036994934082, -0.4311928153038025, -0.6085682511329651, -0.4830918610095978, -1.2418307065963745, -1.1846461296081543, 1.3181440830230713, 1.4804784059524536, 0.15752509236335754, 2.8177123069763184, -1.6674712896347046, 1.1967469453811646, 1.7445690631866455, 3.696688175201416, 1.0258631706237793, -0.2960679233074188, 1.352496862411499, 0.14601759612560272, 1.0724464654922485, 2.0523993968963623, 0.5021250247955322, 0.008870280347764492, 0.9615550637245178, 0.8605011701583862, -0.9194216132164001, -1.5084331035614014, 2.5799827575683594, 1.6297886371612549, 1.091957449913025, 1.1936578750610352, 3.055889129638672, 0.9727851748466492, -0.49380287528038025, 2.093109369277954, 1.487676739692688, 2.8765976428985596, 2.9754204750061035, -0.32166334986686707, -1.272904634475708, -2.6074445247650146, 2.1564228534698486, -3.9805729389190674, 3.0863497257232666, -3.436448097229004, 0.1306997388601303], "weight": [0.5506523251533508, 2.235856771469116, -1.9392040967941284, 2.461894989013672, -1.4995676279067993, -2.882439136505127, 2.3954925537109375, 2.9096720218658447, 1.6002538204193115, 2.5724008083343506, -0.021139031276106834, -1.0244981050491333, -0.8129311800003052, -2.878488779067993, 0.7308604717254639, -2.2369205951690674, 1.1421531438827515, -2.3964011669158936, -0.7633021473884583, -2.3144850730895996, 2.2356371879577637, -0.6270520091056824, 0.3526824414730072, 1.2346534729003906, 0.5911601781845093, 0.6447831392288208, 1.3495986461639404, 0.6010667085647583, 2.1416616439819336, 1.453348159790039, -2.810805320739746, 1.7752023935317993, 1.155770182609558, -0.32842716574668884, -1.6487696170806885, -1.0461832284927368, -0.7764865159988403, -0.6054922342300415, 1.716468334197998, 0.7135587334632874, -0.9405903816223145, -0.8690675497055054, 1.544307827949524, 1.4967975616455078, -0.7883260250091553, 2.735001564025879, 1.1018092632293701, -0.5915032625198364, 1.6152509450912476]}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": true, "dtype": "float16", "momentum": 1.0, "num_features": 49, "track_running_stats": true}, "param_names": {"bias": "bias", "running_mean": "running_mean", "running_var": "running_var", "weight": "weight"}, "target": "torch.nn", "train_flags": [false, true, false]}}, {"class": "mindspore.nn:BatchNorm1d", "framework": "mindspore", "label": "mindspore.nn+graph", "mode": "graph", "plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {"beta_init": [-1.7569501399993896, 0.19696223735809326, -2.600691318511963, -2.5452990531921387, -0.022496242076158524, -1.8771625757217407, -1.0046180486679077, 2.7990188598632812, 1.6643375158309937, 0.11982537060976028, -0.4850110113620758, 1.6452600955963135, -0.3911301791667938, 1.1721949577331543, 1.8590916395187378, -0.931666910648346, 0.3064217269420624, -0.7434049844741821, 0.3550291061401367, -6.081065654754639, -6.189522743225098, -1.4397870302200317, 1.2141870260238647, 0.3973549008369446, -0.3806256651878357, 2.012091875076294, 5.23158597946167, 2.472360849380493, -0.36467859148979187, 1.0991120338439941, -2.737748146057129, -2.7927424907684326, -2.1589109897613525, 0.9822083115577698, -1.767978310585022, -1.4586095809936523, 1.243666648864746, -1.21675705909729, -1.7052154541015625, 2.7309789657592773, -0.3257297873497009, -0.13813352584838867, 0.40672826766967773, 0.6805903911590576, -0.2125815451145172, -1.9705876111984253, -1.568674087524414, -2.7743825912475586, -0.5289854407310486], "gamma_init": [0.5506523251533508, 2.235856771469116, -1.9392040967941284, 2.461894989013672, -1.4995676279067993, -2.882439136505127, 2.3954925537109375, 2.9096720218658447, 1.6002538204193115, 2.5724008083343506, -0.021139031276106834, -1.0244981050491333, -0.8129311800003052, -2.878488779067993, 0.7308604717254639, -2.2369205951690674, 1.1421531438827515, -2.3964011669158936, -0.7633021473884583, -2.3144850730895996, 2.2356371879577637, -0.6270520091056824, 0.3526824414730072, 1.2346534729003906, 0.5911601781845093, 0.6447831392288208, 1.3495986461639404, 0.6010667085647583, 2.1416616439819336, 1.453348159790039, -2.810805320739746, 1.7752023935317993, 1.155770182609558, -0.32842716574668884, -1.6487696170806885, -1.0461832284927368, -0.7764865159988403, -0.6054922342300415, 1.716468334197998, 0.7135587334632874, -0.9405903816223145, -0.8690675497055054, 1.544307827949524, 1.4967975616455078, -0.7883260250091553, 2.735001564025879, 1.1018092632293701, -0.5915032625198364, 1.6152509450912476], "moving_mean_init": [0.24541506171226501, 1.4489760398864746, -2.624248504638672, -1.0171056985855103, 1.1983036994934082, -0.4311928153038025, -0.6085682511329651, -0.4830918610095978, -1.2418307065963745, -1.1846461296081543, 1.3181440830230713, 1.4804784059524536, 0.15752509236335754, 2.8177123069763184, -1.6674712896347046, 1.1967469453811646, 1.7445690631866455, 3.696688175201416, 1.0258631706237793, -0.2960679233074188, 1.352496862411499, 0.14601759612560272, 1.0724464654922485, 2.0523993968963623, 0.5021250247955322, 0.008870280347764492, 0.9615550637245178, 0.8605011701583862, -0.9194216132164001, -1.5084331035614014, 2.5799827575683594, 1.6297886371612549, 1.091957449913025, 1.1936578750610352, 3.055889129638672, 0.9727851748466492, -0.49380287528038025, 2.093109369277954, 1.487676739692688, 2.8765976428985596, 2.9754204750061035, -0.32166334986686707, -1.272904634475708, -2.6074445247650146, 2.1564228534698486, -3.9805729389190674, 3.0863497257232666, -3.436448097229004, 0.1306997388601303]}, "kwargs": {"affine": true, "dtype": "float16", "momentum": 0.0, "num_features": 49, "use_batch_statistics": null}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false, true, false]}}], "step": 1, "summary": "BatchNorm1d(49, momentum=1.0, affine=True, track_running_stats=True, dtype=float16) on (7, 49) float16, eval, train, eval (grad; input layouts contiguous,transposed,transposed; use_batch_statistics=None; initial values via constructor)", "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
