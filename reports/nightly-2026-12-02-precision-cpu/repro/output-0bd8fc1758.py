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

PAYLOAD = json.loads(r'''{"atol": [0.06745514595786717, 0.06743563196700662, 0.0674531281774947], "case": {"affine": false, "bias": null, "dtype": "float32", "eps": 1.0, "grad": false, "grad_seed": 300, "mindspore": {"data_format": "NCHW", "init_via": "checkpoint", "unmapped_init": {"weight": [-2.7252748012542725, 2.136868715286255, 1.0450420379638672]}}, "momentum": 0.1, "num_features": null, "omit": ["momentum"], "param_dtype": null, "rules_off": [], "running_mean": null, "running_var": null, "schema": 1, "shape": [455, 3], "steps": [{"input": {"constant_channels": [1], "offset": 100000.0, "scale": 10.0, "seed": 1097}, "mode": "eval"}], "track_running_stats": true, "weight": null}, "device_target": "CPU", "equivalent_exceptions": [], "id": "output-0bd8fc1758", "kind": "output", "quantity": "output", "reference": {"data": "7l7xe0FD8UCPJeIpdkPxQIlHrHbOQ/FASeQWRMJD8UCPJeIpdkPxQBvnarNpQ/FAU4hfORFD8UCPJeIpdkPxQN7aryJ4QvFAsrt00jhD8UCPJeIpdkPxQOHr4yFkQ/FAjUk0mi9E8UCPJeIpdkPxQHd4hO0xQ/FAhYeT7cpD8UCPJeIpdkPxQPy8WEHwQvFAacCKHCVD8UCPJeIpdkPxQPPPsT8vRPFAfw1clGdD8UCPJeIpdkPxQM7sdbbGQvFASgI0bmZD8UCPJeIpdkPxQDda2zFVQ/FAe1DA5zVD8UCPJeIpdkPxQEppr6R8QvFAPeY7QxVE8UCPJeIpdkPxQNaW8/EqQ/FAe/mquKlC8UCPJeIpdkPxQO1Y98KdQ/FA9GnwNBhD8UCPJeIpdkPxQF7veCGnQ/FACMPwqxNE8UCPJeIpdkPxQAN8fBGDQ/FAErhUF0tE8UCPJeIpdkPxQKLNOmaHQ/FA80vTCnRD8UCPJeIpdkPxQFPHUfecQ/FAzPUn2a1D8UCPJeIpdkPxQC1i+ulLQ/FAFyrPBjhD8UCPJeIpdkPxQC5o9KLvQvFA7scvYypE8UCPJeIpdkPxQG/jrEb8QvFAk9BUHktD8UCPJeIpdkPxQNMwbXSFQ/FAQfgpbgBD8UCPJeIpdkPxQKkL/d0wQ/FAbRarkkBE8UCPJeIpdkPxQGJGU8PBQvFAFYjTp9hC8UCPJeIpdkPxQHUVe0xeQ/FABqCT9MpC8UCPJeIpdkPxQMRgUDJ4Q/FAN9s8ij5E8UCPJeIpdkPxQFeK51xyQ/FAr20RxpND8UCPJeIpdkPxQFZF++VCQ/FABgnS27ND8UCPJeIpdkPxQGVXh8KtQ/FAmR3DcX9D8UCPJeIpdkPxQEQzqpZJRPFAy5uVzU9D8UCPJeIpdkPxQOFqgsl6QvFAQsH0GetD8UCPJeIpdkPxQB44S5zgQvFAfsvs+QlD8UCPJeIpdkPxQAY2m+HiQ/FACor4pitD8UCPJeIpdkPxQI89BZt2Q/FA2CDM34lD8UCPJeIpdkPxQEmQfvEHQ/FAba1sq1dD8UCPJeIpdkPxQJVFh3d7Q/FABZ0WGPlC8UCPJeIpdkPxQGs4OlInQ/FAkvqgR6hD8UCPJeIpdkPxQMU5geXsQvFAZULhLX9D8UCPJeIpdkPxQHVCRFKNQ/FAbwp8k4dD8UCPJeIpdkPxQBc8+L6UQ/FAzf6ebiND8UCPJeIpdkPxQKGd9IOGQ/FA4wkBTAhD8UCPJeIpdkPxQJKgDjxKQ/FAIjrTv0FD8UCPJeIpdkPxQKQYIZZaQ/FAzToUUN1D8UCPJeIpdkPxQBCtGtECQ/FALEdanHlD8UCPJeIpdkPxQEqrHj/aQvFAXCMxmepC8UCPJeIpdkPxQBmchIOWQ/FAks3XQXlD8UCPJeIpdkPxQHnYELIzQ/FA7deVarRC8UCPJeIpdkPxQKut+DyQQ/FAqiMgTzFD8UCPJeIpdkPxQKywdRliQ/FA3KHyqgFD8UCPJeIpdkPxQCdX+zB1Q/FALPPBSb9C8UCPJeIpdkPxQFG7XYVVRPFAcZfRXbhD8UCPJeIpdkPxQJBAgndIQ/FAn1WLMIVD8UCPJeIpdkPxQFTlbiFBQ/FAL+9PtHxD8UCPJeIpdkPxQHnYELIzQ/FA+bBkz6hD8UCPJeIpdkPxQDU5QSvfQ/FASv+2kZRD8UCPJeIpdkPxQOqDOKVrQ/FA8zmqUhdD8UCPJeIpdkPxQCxcADGoQ/FAdDxKmelD8UCPJeIpdkPxQDLTuq05RPFAq9dEZu1D8UCPJeIpdkPxQMVmSusbQ/FAS0cg5ZVD8UCPJeIpdkPxQPLxQP8VQ/FAQ21cxzBD8UCPJeIpdkPxQPf2Rf9IQ/FAwN8pZwBE8UCPJeIpdkPxQAXE5WSEQ/FAtfeuJoFC8UCPJeIpdkPxQHv5qripQvFA1DnkCftC8UCPJeIpdkPxQCrnzdd3Q/FACD8Sd1hD8UCPJeIpdkPxQL4WX7sVQ/FAIJtUPbRC8UCPJeIpdkPxQKEMLSQTRPFAa96nRslC8UCPJeIpdkPxQNaZcM78QvFA2A6jJy1D8UCPJeIpdkPxQCzwRG3tQvFAtF1wMZhD8UCPJeIpdkPxQPCmWs9CQ/FAiiNaBhVD8UCPJeIpdkPxQES1xRoyQ/FAeKjKzzJD8UCPJeIpdkPxQAiBgRG2Q/FAcnACES1D8UCPJeIpdkPxQN1AcS2PQ/FA5GYQNDhD8UCPJeIpdkPxQNSNfFy1Q/FAuWXyDZ1D8UCPJeIpdkPxQMWQlhR5Q/FAFcfFZWRD8UCPJeIpdkPxQCixjTzTQ/FAccSaY+dD8UCPJeIpdkPxQAhpXqC1Q/FA1XtTpFhD8UCPJeIpdkPxQNDiCWjgQ/FADoyAyoxD8UCPJeIpdkPxQAOjS14ORPFAHvsbjydE8UCPJeIpdkPxQHo1IJpjQ/FAy7A7Yn5D8UCPJeIpdkPxQIIHJ05SQvFAOsBhr/pC8UCPJeIpdkPxQFLE1BrLQ/FAocq9ibVD8UCPJeIpdkPxQGFV/55MQ/FAURCwAw9D8UCPJeIpdkPxQK9/On7wQ/FALikC5WNC8UCPJeIpdkPxQNMz6lBXQ/FA+4+PO8FC8UCPJeIpdkPxQDKm8acKRPFAT7OgG99C8UCPJeIpdkPxQA96VxIwQ/FAh3tk7hFD8UCPJeIpdkPxQBHFPUIDQ/FAHrms9MlD8UCPJeIpdkPxQGyPT4GzQ/FABZqZOydD8UCPJeIpdkPxQErAxNMIQ/FAfcXyQGZD8UCPJeIpdkPxQMw3l3MLRPFANrtcr8dC8UCPJeIpdkPxQMgLwyZNQ/FAuQtgAj9D8UCPJeIpdkPxQJGdkV94Q/FAG9LEHjtD8UCPJeIpdkPxQJ89aL+EQ/FAKwJuJUpD8UCPJeIpdkPxQMlQr518Q/FAd40qgmBD8UCPJeIpdkPxQMop4FDxQvFANB6h3QxE8UCPJeIpdkPxQDgLg2w/RPFA73YU7UFD8UCPJeIpdkPxQN3+AZMxQ/FACV0vofxC8UCPJeIpdkPxQAxEF3eLQ/FAcscXQLlD8UCPJeIpdkPxQFnqcyF0Q/FAvAfubPxD8UCPJeIpdkPxQOpERuffQvFAaKhnqyRD8UCPJeIpdkPxQFsgtLwYQ/FAFAM7Rx5E8UCPJeIpdkPxQHCp+hUVRPFAMMUDix9D8UCPJeIpdkPxQPbG/xxIQ/FAY51o8k1D8UCPJeIpdkPxQKgyzCq8Q/FA2TtsLVxD8UCPJeIpdkPxQMB2638XQ/FA6T5MLjxD8UCPJeIpdkPxQH83qL3EQ/FATXrjo2hD8UCPJeIpdkPxQFSj/4bjQvFA451FiE1C8UCPJeIpdkPxQPWBE6YYQ/FA6H0+7MdD8UCPJeIpdkPxQIs7fXcVQ/FAi7lh8yxE8UCPJeIpdkPxQOpERuffQvFA2SbGmC1D8UCPJeIpdkPxQJKLaKcbQ/FAorsRripD8UCPJeIpdkPxQGnVMLFTQ/FAXHpGyHZD8UCPJeIpdkPxQCKOaxL8Q/FArfjebGND8UCPJeIpdkPxQA5ft8RdQ/FACnVSEv1C8UCPJeIpdkPxQAP93WlsRPFAlvmrjjdE8UCPJeIpdkPxQMDyDEtcQvFAnMI7rbBD8UCPJeIpdkPxQPXDgkB2Q/FAHBexlWpD8UCPJeIpdkPxQKzdPh+RQ/FAiNX2+W9D8UCPJeIpdkPxQN5YlJ6PQ/FAOr3k0ihD8UCPJeIpdkPxQFLBVz75Q/FArQ2FAZJD8UCPJeIpdkPxQEYArEoFQ/FAOCApAW5E8UCPJeIpdkPxQNdHmywVRPFAmz5dePVC8UCPJeIpdkPxQJlKjHeuQ/FAZOXRRU9D8UCPJeIpdkPxQC3LONE0RPFAzoJ9o95D8UCPJeIpdkPxQNoCdCh0QvFAv1tLMkVD8UCPJeIpdkPxQEtxbA7zQ/FAzOCBRH9D8UCPJeIpdkPxQNuJzzkBQ/FAFs2/HghD8UCPJeIpdkPxQHTlNGpdQ/FAA2RZoIJD8UCPJeIpdkPxQKRys6G4Q/FAYZduOapD8UCPJeIpdkPxQD+Ynan+QvFAdW8NWLxD8UCPJeIpdkPxQG7yWCKHQ/FAs2+Z6fRD8UCPJeIpdkPxQKmMXjYaRPFAWOH8i/5D8UCPJeIpdkPxQMfG1q8dQ/FADP8qAFxD8UCPJeIpdkPxQM8cvJjHQvFA20dgn6NC8UCPJeIpdkPxQGJGU8PBQvFAkrW00HhD8UCPJeIpdkPxQI6hA/W6QvFABJSfgoND8UCPJeIpdkPxQNvLPtReQ/FA+4wSX+9C8UCPJeIpdkPxQOtJhnSERPFAIAcQAW9D8UCPJeIpdkPxQEykL83FQ/FAd40qgmBD8UCPJeIpdkPxQPCp16sUQ/FAnhCfuVVD8UCPJeIpdkPxQCFeJTD7Q/FAnXSdE5pC8UCPJeIpdkPxQBwXsZVqQ/FA2SbGmC1D8UCPJeIpdkPxQKGgcWBYQ/FAGG+7fWdD8UCPJeIpdkPxQOgOBkw7Q/FAV10eV0ND8UCPJeIpdkPxQPYIb7elQ/FAAcJdQSND8UCPJeIpdkPxQI3FVWV0Q/FANB6h3QxE8UCPJeIpdkPxQK9YazFlQ/FA1VSEV81C8UCPJeIpdkPxQBM97XcFQ/FAtbcCPfZD8UCPJeIpdkPxQMfY/2d6Q/FAM5dFzH9D8UCPJeIpdkPxQPlZT6AcQ/FAKY07zBlD8UCPJeIpdkPxQAJeX+feQ/FARhVS3zND8UCPJeIpdkPxQCwF6wEcQ/FAQXwIo7tD8UCPJeIpdkPxQNF8SF3JQvFAC6WY9P1C8UCPJeIpdkPxQPv7Sv97Q/FANMeLroBD8UCPJeIpdkPxQP959O0hQ/FA8Lk9s55B8UCPJeIpdkPxQDDdJvwfQ/FAKJznp6RD8UCPJeIpdkPxQDWgvGH1QvFAYnCf7B5D8UCPJeIpdkPxQFW7IvjjQvFAkrW00HhD8UCPJeIpdkPxQDTx19fdQ/FAQlU5VjBD8UCPJeIpdkPxQIpiTMSgQ/FALvm7AmNC8UCPJeIpdkPxQIo1g75xQ/FAPhMFSURE8UCPJeIpdkPxQJLN10F5Q/FAHFkgMMhD8UCPJeIpdkPxQDicSsyyQ/FAjd141nRD8UCPJeIpdkPxQKut+DyQQ/FAdUXBLl9D8UCPJeIpdkPxQCF2SKH7Q/FAKwJuJUpD8UCPJeIpdkPxQE1lPQ86Q/FAz0YIwiRD8UCPJeIpdkPxQOaueYc5Q/FA7toSR4ZC8UCPJeIpdkPxQO+4g4efQ/FAK+pKtElD8UCPJeIpdkPxQIY2eHfiQvFAZdOojfJC8UCPJeIpdkPxQKVL5FQtQ/FAG9VB+wxD8UCPJeIpdkPxQGAlubxLQ/FA37Imqu1D8UCPJeIpdkPxQOFXn+UeRPFAF2nBxMND8UCPJeIpdkPxQJuqGDywQ/FAknbCEu1C8UCPJeIpdkPxQBN83zWRQ/FA+SyGmu1C8UCPJeIpdkPxQBNqtn00Q/FALpJAzExD8UCPJeIpdkPxQG92N1dCRPFAPEe9wIdD8UCPJeIpdkPxQKbPwonoQ/FAbw35b1lD8UCPJeIpdkPxQJgFoAB/Q/FAHtHPZcpD8UCPJeIpdkPxQPF/i4K3QvFAyhe3mJRC8UCPJeIpdkPxQCixjTzTQ/FAdYSz7OpD8UCPJeIpdkPxQE6A3VwMQ/FAmR3DcX9D8UCPJeIpdkPxQMNyeerUQ/FAtv9rkPdD8UCPJeIpdkPxQBCAUcvTQvFAhkihLz9D8UCPJeIpdkPxQLNVs8chQvFAPtQSi7hD8UCPJeIpdkPxQH5ctFl9QvFAFQk1AMJD8UCPJeIpdkPxQBr5k2vGQ/FA+7ZeiExD8UCPJeIpdkPxQKPTNB8rQ/FAUKC9N4NE8UCPJeIpdkPxQIu83s/+Q/FAJjxb46JD8UCPJeIpdkPxQLFh4sbaQvFA7nOXEHBD8UCPJeIpdkPxQLftQtiaQ/FA3PgH2o1D8UCPJeIpdkPxQH0cCHDyQ/FA2ph7FYxD8UCPJeIpdkPxQPzpIUcfQ/FA/YKmEAlE8UCPJeIpdkPxQItToOgVQ/FAreM42DRD8UCPJeIpdkPxQFXTRWnkQvFAJYg2zOZC8UCPJeIpdkPxQL1PV8D9Q/FAkNTGs41C8UCPJeIpdkPxQPv7Sv97Q/FAbKdy8rND8UCPJeIpdkPxQBcSrJU3Q/FAV3LE63FD8UCPJeIpdkPxQC1K13hLQ/FAP61DPi1D8UCPJeIpdkPxQEOvy2GOQ/FAM6zrYK5D8UCPJeIpdkPxQOv17SHKQ/FAQj0W5S9D8UCPJeIpdkPxQHioys8yQ/FA4RKzbu9D8UCPJeIpdkPxQMMtjXOlQ/FA9CeBmrpC8UCPJeIpdkPxQKBbhekoQ/FAMhNnl8RC8UCPJeIpdkPxQDTKCItSQ/FAk9PR+hxD8UCPJeIpdkPxQLtWRjISQ/FA+/tK/3tD8UCPJeIpdkPxQMy2NRsiQ/FA+6G48x1D8UCPJeIpdkPxQDRI7QZqRPFADOqEay1D8UCPJeIpdkPxQI1uQDboQvFAWT4MdC5E8UCPJeIpdkPxQOxS/Qn6Q/FApmaEov9C8UCPJeIpdkPxQPJF2VHQQ/FAsLL9PMND8UCPJeIpdkPxQI8oXwZIQ/FAh2NBfRFD8UCPJeIpdkPxQGUqvrx+Q/FAMhDquvJC8UCPJeIpdkPxQJwEq0cORPFAFR7blPBD8UCPJeIpdkPxQH4fhUzEQ/FAP5idqf5C8UCPJeIpdkPxQAzV3tb+QvFAhEKndptD8UCPJeIpdkPxQAExluGvQ/FAniVFToRD8UCPJeIpdkPxQEYq+HNiQ/FA1Se7UZ5C8UCPJeIpdkPxQAEZc3CvQ/FAEaAxpkpE8UCPJeIpdkPxQGJtIhBNQ/FAkADWjb1E8UCPJeIpdkPxQLBwjqJlQ/FAFdxr+pJD8UCPJeIpdkPxQE8c3wLIQ/FAuj4jwRFD8UCPJeIpdkPxQEZURJ2/Q/FAQDSfT7pD8UCPJeIpdkPxQEVj8HhKRPFAXdTY09RD8UCPJeIpdkPxQDX30ZCBQ/FAkspaZadD8UCPJeIpdkPxQAO7bs8ORPFANJ0/hSND8UCPJeIpdkPxQOMzTXVlQ/FAMPLMkE5D8UCPJeIpdkPxQNVmrQ8qQ/FA74u6gXBD8UCPJeIpdkPxQDda2zFVQ/FAQPIvtVxD8UCPJeIpdkPxQDcFibObRPFA3dE4jQJD8UCPJeIpdkPxQC/s0teqQ/FA+CaM4UlD8UCPJeIpdkPxQFrbx0XpQvFAD+YS1upD8UCPJeIpdkPxQKQtxyqJQ/FAIUl/m8xD8UCPJeIpdkPxQG7FjxxYQ/FAdOixRi9D8UCPJeIpdkPxQJVFh3d7Q/FAMmp8xlBD8UCPJeIpdkPxQPBk6zTlQvFAk5TfPJFC8UCPJeIpdkPxQFXo6/0SQ/FAkVsixRpD8UCPJeIpdkPxQMYCTJHXQ/FA5kK+w35C8UCPJeIpdkPxQKjwXJBeQ/FAB34ENeRD8UCPJeIpdkPxQCq9ga4aQ/FA0egDIYRD8UCPJeIpdkPxQJXzsdWTRPFAXi5r3zJE8UCPJeIpdkPxQEUS1QJiQ/FAYT3cLUxD8UCPJeIpdkPxQNWln821Q/FACZmkgrZD8UCPJeIpdkPxQES1xRoyQ/FAK1YGeARE8UCPJeIpdkPxQJJkmVqQQvFAr8GpGE5E8UCPJeIpdkPxQL9DKMFEQ/FAnyjCKlZD8UCPJeIpdkPxQHOjxc//QvFAoXYlN/tC8UCPJeIpdkPxQN+LV11iQ/FAdht1BQJD8UCPJeIpdkPxQM1PuuQLRPFAzSjrl4BD8UCPJeIpdkPxQP7ITLM3QvFAgBNWTQtD8UCPJeIpdkPxQNmAWKSLQ/FAxx3s3qlD8UCPJeIpdkPxQPIzsJlzQ/FAfuCSjjhD8UCPJeIpdkPxQHYwG5owQ/FAw1pWedRD8UCPJeIpdkPxQFeHaoCgQ/FA/GqDnwhE8UCPJeIpdkPxQNIYSgOFQ/FA5av8qmdD8UCPJeIpdkPxQBgYpk7bQvFAsug92GdD8UCPJeIpdkPxQOcIDJOXQ/FAVtbCRbZC8UCPJeIpdkPxQH0Zi5MgRPFAJuVFtBZD8UCPJeIpdkPxQH+ROskiRPFAQ3DZowJD8UCPJeIpdkPxQOIbKgRlQ/FAm5Vyp4FD8UCPJeIpdkPxQIZgxKA/Q/FAzmpaMt5D8UCPJeIpdkPxQFw7VArrQvFAwwa+JhpD8UCPJeIpdkPxQKgdJpaNQ/FAcdQAa3FC8UCPJeIpdkPxQKQDewEsQ/FAXGIjV3ZD8UCPJeIpdkPxQDUMeCWwQ/FAkZoUg6ZD8UCPJeIpdkPxQIo4AJtDQ/FAPEo6nVlD8UCPJeIpdkPxQKkL/d0wQ/FAGIRhEpZD8UCPJeIpdkPxQAmE/u2HQ/FA6GUbe8dD8UCPJeIpdkPxQG2q786FQ/FARkIb5WJD8UCPJeIpdkPxQJBAgndIQ/FAAh9tKVND8UCPJeIpdkPxQCdUflSjQ/FAJMcoinJD8UCPJeIpdkPxQErAxNMIQ/FAgNRjj39C8UCPJeIpdkPxQIxrw1kWQ/FAPpKj8FpD8UCPJeIpdkPxQBiZB6fEQ/FAd2BhfDFD8UCPJeIpdkPxQLCa2svCQ/FA8huNKHND8UCPJeIpdkPxQCJ8QlqfQ/FAkG1LfXdD8UCPJeIpdkPxQP2ayYEJRPFAqno1fr1D8UCPJeIpdkPxQOpERuffQvFAp+pi17pD8UCPJeIpdkPxQMMGviYaQ/FAK4PPfTNE8UCPJeIpdkPxQBmH3u5nQ/FA8L59QEND8UCPJeIpdkPxQIKIiKY7Q/FAwPdM2ABE8UCPJeIpdkPxQPnXMxw0RPFAbvJYIodD8UCPJeIpdkPxQAqiGxgsQ/FA0gOkblZD8UCPJeIpdkPxQIka43CfQ/FAiP9CI81D8UCPJeIpdkPxQNKZq1tuRPFAPIksW+VD8UCPJeIpdkPxQHaKraWOQ/FAjOwksv9D8UCPJeIpdkPxQJtrJn4kQ/FA8NCm+J9D8UCPJeIpdkPxQGt3LBCzQ/FAUpcLFZxD8UCPJeIpdkPxQIiTh18SQ/FAuoCSW29D8UCPJeIpdkPxQKFeAsb6QvFA/nZ3EVBD8UCPJeIpdkPxQMWlPKmnQ/FAkrgxrUpD8UCPJeIpdkPxQLbSoorIQ/FAO5tVE0JE8UCPJeIpdkPxQE/FydM7Q/FAIAcQAW9D8UCPJeIpdkPxQFZCfglxQ/FA7NGbsRBD8UCPJeIpdkPxQAxWQC/oQ/FA5FFqnwlD8UCPJeIpdkPxQFVRKuX7Q/FATqophmlD8UCPJeIpdkPxQMcFyW2pQ/FAOEiyefhC8UCPJeIpdkPxQEX9Lm4zQ/FAbKdy8rND8UCPJeIpdkPxQFEQsAMPQ/FAyTsJCU5D8UCPJeIpdkPxQOD6j/3uQ/FAPdGVruZD8UCPJeIpdkPxQKUzweMsQ/FAcOYpI85C8UCPJeIpdkPxQF7a0ox4Q/FA+DsydnhD8UCPJeIpdkPxQAJ2gljfQ/FAiUQvmvxD8UCPJeIpdkPxQD6VIM0sQ/FAtWNq6jtD8UCPJeIpdkPxQADXA9ZRQ/FAPpKj8FpD8UCPJeIpdkPxQO6vDPIpRPFArXd9FHpC8UCPJeIpdkPxQAxBmpq5Q/FAno89YWxC8UCPJeIpdkPxQDy29WAURPFABQZV/+FD8UCPJeIpdkPxQJUw4eJMQ/FAi+fkJFtC8UCPJeIpdkPxQCEKjd1AQ/FAq4AvN2FD8UCPJeIpdkPxQFjkeWjQQ/FAeUFPmRxE8UCPJeIpdkPxQFeHaoCgQ/FAfFM9xAdD8UCPJeIpdkPxQBwXsZVqQ/FABzyVmoZD8UCPJeIpdkPxQIyYjF9FQ/FAsAdQu3xC8UCPJeIpdkPxQKNXE1TmQ/FA+/jNIqpD8UCPJeIpdkPxQJmxB67EQvFAeiB6BTVD8UCPJeIpdkPxQLQwpytpQ/FAYWqlM3tD8UCPJeIpdkPxQD+Ynan+QvFAYPtsk+5C8UCPJeIpdkPxQL7plbXmQvFAew5RTdhC8UCPJeIpdkPxQFextqn9Q/FAhxFs2ylE8UCPJeIpdkPxQMGmMWIYQ/FAfUEUDKtC8UCPJeIpdkPxQONI8wmUQ/FAod9jHuRD8UCPJeIpdkPxQKO+jor8QvFAQfgpbgBD8UCPJeIpdkPxQB10wH2aQ/FAWhc9J6ND8UCPJeIpdkPxQBEf0E1hQ/FAveOb/EJD8UCPJeIpdkPxQOk+TC48Q/FA8huNKHND8UCPJeIpdkPxQAzqhGstQ/FA87eOzi5E8UCPJeIpdkPxQPfhn2oaQ/FAv3DxxnND8UCPJeIpdkPxQCqlXj0aQ/FA1oTKOc5C8UCPJeIpdkPxQIdOm+jiQvFAYCI84HlD8UCPJeIpdkPxQNHTXYxVQ/FAhQYyleFC8UCPJeIpdkPxQNnSLUZzQvFAY0nQn5NC8UCPJeIpdkPxQJ9qMcWzQ/FABt+FslZD8UCPJeIpdkPxQImZgRi2QvFAchuwknNE8UCPJeIpdkPxQKp9slqPQ/FAVRW1A0JD8UCPJeIpdkPxQI8QPJVHQ/FALulV+9hD8UCPJeIpdkPxQIjV9vlvQ/FA/ZrJgQlE8UCPJeIpdkPxQKcChki7Q/FAagj0byZD8UCPJeIpdkPxQNRgs1aGQ/FASMzz0sFD8UCPJeIpdkPxQG7yWCKHQ/FA8NMj1XFD8UCPJeIpdkPxQPWrX891Q/FAR2/k6pFD8UCPJeIpdkPxQNTKq2luQvFAkAGQubxC8UCPJeIpdkPxQEGOMVsYRPFAHCxXKplD8UCPJeIpdkPxQFsy3XR1Q/FAOv9TbYZD8UCPJeIpdkPxQBLg3Y/VQvFAFQa4I/BD8UCPJeIpdkPxQENDEJ7TQvFAbFBdwydD8UCPJeIpdkPxQDUP9QGCQ/FAJLKC9UND8UCPJeIpdkPxQHWEs+zqQ/FAhmDEoD9D8UCPJeIpdkPxQPgUYyntQvFA8Zeu87dC8UCPJeIpdkPxQHyABso2Q/FAZBKbS35D8UCPJeIpdkPxQFeHaoCgQ/FA+hwgk2NE8UCPJeIpdkPxQDDaqR9OQ/FANv3LSSVD8UCPJeIpdkPxQPP3Ori5QvFAFg8vuWVD8UCPJeIpdkPxQMublc1PQ/FABUYB6WxC8UCPJeIpdkPxQDU2xE4NRPFAKxSX3aZD8UCPJeIpdkPxQNLu/dknQ/FAgosFgw1D8UCPJeIpdkPxQLG1ehmVQ/FA/osdpn5D8UCPJeIpdkPxQMSiv8zVQ/FAZ43HXVJD8UCPJeIpdkPxQGhm+BDHQvFA0ZHu8fdC8UCPJeIpdkPxQIo4AJtDQ/FAXsKvG3hD8UCPJeIpdkPxQNNy3A7jQ/FAAnaCWN9D8UCPJeIpdkPxQIa0XPP5Q/FA/XB9WKxD8UCPJeIpdkPxQP9MK+jyQvFA1oTKOc5C8UCPJeIpdkPxQKFJXDHMQvFAAGtIEpdC8UCPJeIpdkPxQDX6Tm1TQ/FAPgHckOdD8UCPJeIpdkPxQObbQo1oQ/FARbu/09VC8UCPJeIpdkPxQD+tQz4tQ/FAVoFwx/xD8UCPJeIpdkPxQLqVOPCdQ/FANhXvuiVD8UCPJeIpdkPxQKdWHpt1RPFAJmanDABE8UCPJeIpdkPxQP5z+jR+Q/FAGuTt1pdD8UCPJeIpdkPxQL2hLGLlQvFA+86B+UxD8UCPJeIpdkPxQByG6TX3Q/FAobUX9YZD8UCPJeIpdkPxQGpH5i2yQ/FA3f4BkzFD8UCPJeIpdkPxQCYntU50Q/FAOhT6AbVD8UCPJeIpdkPxQC01MeQcQ/FAun0Vf51D8UCPJeIpdkPxQCl4lTfrQvFAiiDdKUND8UCPJeIpdkPxQPuhuPMdQ/FAU3A8yBBD8UCPJeIpdkPxQIUYW00+Q/FASzJ6UGdD8UCPJeIpdkPxQFkpZt//Q/FAY4s/OvFC8UCPJeIpdkPxQGLxAEUIRPFApbQiPBZE8UCPJeIpdkPxQNpZiVcAQ/FAswBhSWhD8UCPJeIpdkPxQMvah4vbQ/FAQtaarhlE8UCPJeIpdkPxQP/6VUYLRPFA25v48V1D8UCPJeIpdkPxQCwIaN7tQvFA4qzxY9hC8UCPJeIpdkPxQJk15uJ/Q/FAseJDH8RD8UCPJeIpdkPxQNNdNnq0Q/FAlbL8ZjVC8UCPJeIpdkPxQJRaLQyqQ/FAVlqhenFD8UCPJeIpdkPxQJGdkV94Q/FANMoIi1JD8UCPJeIpdkPxQAGwNInGQvFAJmanDABE8UCPJeIpdkPxQFZXJJ6fQ/FAh6WwF29D8UCPJeIpdkPxQFos47vRQ/FA2+DkaI1D8UCPJeIpdkPxQObGnPg5Q/FAYprrFXxD8UCPJeIpdkPxQMGjtIVGQ/FAisuKq4lE8UCPJeIpdkPxQJ+Ufe4QRPFAWzVaUUdD8UCPJeIpdkPxQGOg5c4fQ/FA9a7cq0dD8UCPJeIpdkPxQA/RbEG8Q/FAl9LcQaxD8UCPJeIpdkPxQAHyoyMkQ/FAv+wSkrhC8UCPJeIpdkPxQNe0EBzPQvFAQivtLNNC8UCPJeIpdkPxQFZsyjLOQ/FAKpC4qOtC8UCPJeIpdkPxQEdv5OqRQ/FAz8dpGg5E8UCPJeIpdkPxQBldksUKQ/FADrlJ0LtD8UCPJeIpdkPxQJcRz/83RPFAmuTKbJdC8UCPJeIpdkPxQMa9XxqoQ/FAmiO9KiND8UCPJeIpdkPxQOh9PuzHQ/FA7kbOCkFD8UCPJeIpdkPxQLgI4yVtQ/FAlTDh4kxD8UCPJeIpdkPxQEYArEoFQ/FAeOe8jb5D8UCPJeIpdkPxQLkjg3M/Q/FAo+jas1lD8UCPJeIpdkPxQGGsFM7YQ/FA1tXlr7ZD8UCPJeIpdkPxQD+Ynan+QvFAAuB6a8dC8UCPJeIpdkPxQD+D9xTQQvFAmjhjv1FD8UCPJeIpdkPxQJGaFIOmQ/FAQSXzcy9D8UCPJeIpdkPxQLgdibqbQ/FATWU9DzpD8UCPJeIpdkPxQIP6PSOaQ/FATWi66wtD8UCPJeIpdkPxQAmZpIK2Q/FAstAaZ2dD8UCPJeIpdkPxQGfMuRveQ/FA8axUiOZC8UCPJeIpdkPxQPRUSqDpQvFANlTheLFD8UCPJeIpdkPxQNQhwZj6QvFA/7jmq61D8UCPJeIpdkPxQGil6s5SQ/FAQEzCwLpD8UCPJeIpdkPxQBDCwGUxQ/FADFm9C7pD8UCPJeIpdkPxQDH1SW0gQ/FAeraB8kxE8UCPJeIpdkPxQNLBNNT4QvFAcPvPt/xC8UCPJeIpdkPxQEh4W4AHQ/FA+4wSX+9C8UCPJeIpdkPxQHyqUvOTQ/FALWL66UtD8UCPJeIpdkPxQGnVMLFTQ/FAofeGj+RD8UCPJeIpdkPxQL3O9WcUQ/FA2SlDdf9C8UCPJeIpdkPxQHkCXduQQ/FAjcVVZXRD8UCPJeIpdkPxQDix8GDhQ/FAa0pjCoRD8UCPJeIpdkPxQCeW7e4ARPFAqYxeNhpE8UCPJeIpdkPxQJM8EOIFRPFAcDrCdYhD8UCPJeIpdkPxQCgDY966QvFAi+mn1S1E8UCPJeIpdkPxQPhQ2AqnQ/FAM1XWMSJD8UCPJeIpdkPxQIRpdsMmRPFAr0BIwGRD8UCPJeIpdkPxQJV1zVl8Q/FAt8P2rj1D8UCPJeIpdkPxQHEuk3bPQvFAc7Xuh1xD8UCPJeIpdkPxQA0y7r4uQ/FAmNjW+k9D8UCPJeIpdkPxQCTHKIpyQ/FAnyjCKlZD8UCPJeIpdkPxQAs7oOEVRPFA8sR3+eZC8UCPJeIpdkPxQGx9JslWQ/FAL4OU8MFC8UCPJeIpdkPxQByG6TX3Q/FAxVGkVu1C8UCPJeIpdkPxQBgFw2p/RPFAZpxzOd1D8UCPJeIpdkPxQIKLBYMNQ/FAkEP/UxpD8UCPJeIpdkPxQO3sO//iQvFAk6YI9e1C8UCPJeIpdkPxQACSF18iQ/FAM69oPYBD8UCPJeIpdkPxQG2VSTpXQ/FAmTXm4n9D8UCPJeIpdkPxQE4pyC2AQvFAITdW429D8UCPJeIpdkPxQEeHB1ySQ/FA+oYYpktD8UCPJeIpdkPxQDFP3Hh+Q/FAjbCv0EVD8UCPJeIpdkPxQBQwBE1NRPFA7+LPsPxD8UCPJeIpdkPxQKfAFq5dQ/FAz0YIwiRD8UCPJeIpdkPxQJORYmC/QvFAY51o8k1D8UCPJeIpdkPxQI+UGsoCRPFALwT2SKtD8UCPJeIpdkPxQCJPeVRwQ/FAQXmLxulD8UCPJeIpdkPxQIVayuebQ/FACUUMMPxC8UCPJeIpdkPxQERzVoDUQvFA2CDM34lD8UCPJeIpdkPxQPrIh0CpQ/FAzbwv1MVC8UCPJeIpdkPxQFJtv+s+Q/FACGzbfIdD8UCPJeIpdkPxQLlNz5ycQ/FALj6oeZJC8UCPJeIpdkPxQI4KQtyjQ/FA", "shape": [455, 3]}, "right_plan": {"assigned_init": {}, "checkpoint_init": {"gamma": [-2.7252748012542725, 2.136868715286255, 1.0450420379638672]}, "constructor_init": {}, "kwargs": {"affine": false, "data_format": "NCHW", "eps": 1.0, "num_features": 3}, "param_names": {"bias": "beta", "running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma"}, "target": "mindspore.nn", "train_flags": [false]}, "rtol": 1.3e-06, "several": 4.0, "step": 0, "summary": "BatchNorm1d(3, eps=1.0, affine=False, track_running_stats=True) on (455, 3) float32, eval (initial values via checkpoint; MindSpore-only initial weight; data_format=\u0027NCHW\u0027)", "torch_plan": {"assigned_init": {}, "checkpoint_init": {}, "constructor_init": {}, "kwargs": {"affine": false, "eps": 1.0, "num_features": 3, "track_running_stats": true}, "param_names": {}, "target": "torch.nn", "train_flags": [false]}, "torch_threads": 1}''')  # filled in by fuzz/report/repro.py


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
