"""Moving state between the frameworks through the mapping's name table (fuzz.model.mapping.STATE_NAMES),
as a porter does with checkpoints: torch `state_dict()` -> `torch.save`/`torch.load` -> MindSpore
`save_checkpoint`/`load_checkpoint`/`load_param_into_net`, and back; the next step then agrees.
Real frameworks, files on disk."""

from __future__ import annotations

import numpy as np
import pytest

from fuzz.model.mapping import STATE_NAMES

torch = pytest.importorskip("torch")
ms = pytest.importorskip("mindspore")

C = 3
RNG = np.random.default_rng(7)
INPUTS = [RNG.normal(2.0, 3.0, (8, C)).astype(np.float32) for _ in range(3)]
TO_MS = STATE_NAMES["mindspore.nn"]


@pytest.fixture(scope="module", autouse=True)
def pynative():
    from fuzz.execution.adapters.mindspore_common import import_mindspore

    import_mindspore("cpu")


def torch_after_two_steps(affine: bool) -> torch.nn.BatchNorm1d:
    module = torch.nn.BatchNorm1d(C, affine=affine)
    with torch.no_grad():
        if affine:
            module.weight.copy_(torch.tensor([2.0, -1.0, 0.5]))
            module.bias.copy_(torch.tensor([0.1, 0.2, 0.3]))
    module.train()
    for x in INPUTS[:2]:
        module(torch.tensor(x))
    return module


def mindspore_cell(affine: bool):  # the mapped Cell: momentum 1 - 0.1
    return ms.nn.BatchNorm1d(C, momentum=0.9, affine=affine)


@pytest.mark.parametrize("affine", [True, False])
def test_torch_state_loads_into_mindspore_by_the_table_and_the_next_step_agrees(affine, tmp_path):
    module = torch_after_two_steps(affine)
    torch.save(module.state_dict(), tmp_path / "torch.pt")
    saved = torch.load(tmp_path / "torch.pt")
    records = [{"name": TO_MS[name], "data": ms.Tensor(value.numpy())} for name, value in saved.items()
               if name in TO_MS]
    ms.save_checkpoint(records, str(tmp_path / "ported.ckpt"))
    cell = mindspore_cell(affine)
    not_loaded, unused = ms.load_param_into_net(cell, ms.load_checkpoint(str(tmp_path / "ported.ckpt")))
    # every name the table gives is one the Cell takes; without affine torch has no weight/bias to give
    assert unused == [] and set(not_loaded) == (set() if affine else {"gamma", "beta"})
    assert set(saved) - set(TO_MS) == {"num_batches_tracked"}  # torch's alone: nothing to load it into
    for mode in (True, False):  # the next step, train then eval, agrees (outputs and statistics)
        module.train(mode)
        cell.set_train(mode)
        x = INPUTS[2]
        np.testing.assert_allclose(cell(ms.Tensor(x)).asnumpy(), module(torch.tensor(x)).detach().numpy(),
                                   rtol=1e-5, atol=1e-5)
        np.testing.assert_allclose(cell.moving_mean.asnumpy(), module.running_mean.numpy(), rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(cell.moving_variance.asnumpy(), module.running_var.numpy(), rtol=1e-5)


def test_mindspore_state_loads_into_torch_by_the_table_and_the_next_step_agrees(tmp_path):
    cell = mindspore_cell(True)
    cell.gamma.set_data(ms.Tensor(np.array([2.0, -1.0, 0.5], np.float32)))
    cell.set_train(True)
    for x in INPUTS[:2]:
        cell(ms.Tensor(x))
    ms.save_checkpoint(cell, str(tmp_path / "cell.ckpt"))
    saved = ms.load_checkpoint(str(tmp_path / "cell.ckpt"))
    assert set(saved) == set(TO_MS.values())  # the checkpoint's names are the state names, not the attributes
    from_ms = {ms_name: torch_name for torch_name, ms_name in TO_MS.items()}
    state = {from_ms[name]: torch.tensor(value.asnumpy()) for name, value in saved.items()}
    torch.save(state, tmp_path / "ported.pt")
    module = torch.nn.BatchNorm1d(C)
    missing, unexpected = module.load_state_dict(torch.load(tmp_path / "ported.pt"), strict=True)
    # MindSpore keeps no counter; torch's loader fills a missing one with 0 (for old checkpoints), silently
    assert missing == [] and unexpected == [] and int(module.num_batches_tracked) == 0
    module.train()
    x = INPUTS[2]
    np.testing.assert_allclose(module(torch.tensor(x)).detach().numpy(), cell(ms.Tensor(x)).asnumpy(),
                               rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(module.running_var.numpy(), cell.moving_variance.asnumpy(), rtol=1e-5)


def test_torch_names_do_not_port_by_themselves(tmp_path):
    """The naive port: torch's state_dict names as they are leave gamma and beta at their defaults."""
    module = torch_after_two_steps(True)
    records = [{"name": name, "data": ms.Tensor(value.numpy().astype(np.float32))}
               for name, value in module.state_dict().items() if name != "num_batches_tracked"]
    ms.save_checkpoint(records, str(tmp_path / "naive.ckpt"))
    cell = mindspore_cell(True)
    not_loaded, unused = ms.load_param_into_net(cell, ms.load_checkpoint(str(tmp_path / "naive.ckpt")))
    assert {"gamma", "beta"} <= set(not_loaded) and "weight" in unused
    np.testing.assert_array_equal(cell.gamma.asnumpy(), np.ones(C))
