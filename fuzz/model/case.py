"""The frozen, replayable description of one BatchNorm1d example.

A `Case` holds everything needed to run the same example again in any framework: the module's
constructor arguments (in torch's convention; `fuzz.model.mapping` translates them), the initial
parameters and buffers, and the train/eval steps with their inputs.  Inputs are stored either as a
seed plus a distribution (`InputSpec.generate` rebuilds them bit for bit) or as literal values.
Cases round-trip through JSON (`to_json` / `from_json`) so that a finding replays from its record
alone.  Semantically invalid values (eps < 0, a channel mismatch, an int32 input) are legal here on
purpose: they are what the error-parity property feeds the frameworks.  So are arguments of another
type than documented (eps=1, eps=numpy.float32(1e-5), affine=0, num_features=True): a value's type is
part of the case and survives JSON (`fuzz.model.numbers.encode_scalar`).
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, field, fields, replace
from enum import Enum
from typing import Any, TypeGuard

import numpy as np
from numpy.typing import NDArray

from fuzz.model.numbers import decode_scalar, describe_scalar, encode_float, encode_scalar

SCHEMA_VERSION = 1

#: dtypes a case may name for its parameters (and, with ALL_DTYPES, its input).
FLOAT_DTYPES = ("float16", "float32", "float64")
#: every input dtype a user may hold: the ones neither framework documents feed error parity
INTEGER_DTYPES = ("int8", "int16", "int32", "int64", "uint8")
ALL_DTYPES = FLOAT_DTYPES + ("bfloat16",) + INTEGER_DTYPES + ("bool", "complex64")
#: a case dtype NumPy has no type for -> the NumPy dtype its values are made in; each adapter casts
#: them to the framework's own dtype (`fuzz.execution.adapters.tensors`)
NUMPY_STANDINS = {"bfloat16": "float32"}


def numpy_dtype(dtype: str) -> str:
    """The NumPy dtype an input or upstream gradient of case dtype `dtype` is generated in."""
    return NUMPY_STANDINS.get(dtype, dtype)

#: torch.nn.BatchNorm1d's own defaults: an omitted argument takes this value.
TORCH_DEFAULTS: dict[str, Any] = {"eps": 1e-5, "momentum": 0.1, "affine": True, "track_running_stats": True}

#: Names of the mapping rules that `fuzz.model.mapping` applies and a case may switch off (the naive
#: port: torch's value or name passed to MindSpore as it is).
MAPPING_RULES = ("momentum", "train_mode", "parameter_names", "track_running_stats")

#: Names of the metamorphic relations a case may ask each framework to keep against itself
#: (`Case.relation`; fuzz/oracle/metamorphic.py defines what each one transforms and expects).
RELATIONS = ("affine_input", "batch_permutation", "channel_permutation", "flatten_length", "batchnorm2d",
             "eval_additivity", "gradient_sums")
#: `Case.threads` value meaning the framework's own default intra-op thread count (all cores of the
#: worker), the way users run it
DEFAULT_THREADS = 0


def _is_int(value: Any) -> TypeGuard[int]:
    """An int and not a bool: num_features=True or 3.0 is an invalid use, not a valid one."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_real_number(value: Any) -> TypeGuard[int | float | np.integer[Any] | np.floating[Any]]:
    """An int, a float or a NumPy integer or floating scalar, and not a bool (Python's or NumPy's):
    a value that holds a number the way a user means it (eps=1 means 1.0; eps=True is a mistake)."""
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, (bool, np.bool_))


def eps_has_value(eps: Any) -> bool:
    """eps is a real number > 0 (`is_real_number`: an int or a NumPy scalar too): var + eps > 0 for
    every variance, so the normalisation has a value, and the reference computes it with float(eps).

    The reference computes every such eps, 1.5 included (torch's F.batch_norm raises only for
    eps <= 0 in training, eps < 0 in eval; NaN passes its check), and eps=1 or numpy.float32(1e-5)
    too: a framework that treats an int or a NumPy eps otherwise than the float it holds is then
    an output difference, not only an accept/reject one.
    """
    return is_real_number(eps) and float(eps) > 0


def momentum_has_value(momentum: Any) -> bool:
    """momentum is None (torch's cumulative average) or a real number (`is_real_number`): the
    running statistics' update has a value, float(momentum)."""
    return momentum is None or is_real_number(momentum)


#: MindSpore's ops.BatchNorm checks `check_float_range(epsilon, 0, 1, INC_RIGHT)`; torch has no upper bound.
MINDSPORE_EPS_MAX = 1.0


def eps_is_valid_use(eps: Any) -> bool:
    """eps both APIs accept: a float in (0, 1], `eps_has_value` within MindSpore's upper bound.

    A Python float (numpy.float64 is one): both APIs document eps as a float, and MindSpore rejects
    eps=1 (TypeError), so an int or a numpy.float32 eps is not a valid use even where it has a value.
    """
    return isinstance(eps, float) and eps_has_value(eps) and eps <= MINDSPORE_EPS_MAX


def update_weight(momentum: float | None, batches_tracked: int) -> float:
    """The weight a training step's batch statistics get in the running statistics' update.

    torch's momentum, or with momentum=None a cumulative average: 1 / num_batches_tracked, this
    batch counted (torch.nn.BatchNorm1d docs).  MindSpore has no counterpart to None.
    """
    return 1.0 / batches_tracked if momentum is None else momentum


class CaseError(ValueError):
    """A case (or its JSON) is malformed: the message says which field and why."""


class Mode(str, Enum):
    TRAIN = "train"
    EVAL = "eval"


class Layout(str, Enum):
    """How a framework holds a step's input in memory; the values are the same in every layout.

    CONTIGUOUS: a fresh row-major tensor.  TRANSPOSED: the values made as the array with its axes
    reversed, then viewed with them reversed back (a permuted, non-contiguous view).  STRIDED: the
    values written to every second element of a buffer twice as long on the last axis, then viewed
    as `buffer[..., ::2]`.  Both views are made on each side, in the framework itself
    (`fuzz.execution.adapters.tensors`); a rank-0 input is contiguous in every layout, a rank-1
    input in TRANSPOSED (there is nothing to permute).  A difference with layout is a finding.
    """

    CONTIGUOUS = "contiguous"
    TRANSPOSED = "transposed"
    STRIDED = "strided"

    def views(self, shape: tuple[int, ...]) -> bool:
        """Whether an input of `shape` in this layout reaches the frameworks as a view (else it is a
        contiguous tensor: rank 0 in every layout, rank 1 transposed, and an empty input, which
        holds no values to lay out: MindSpore 2.10's strided slice of an empty tensor sometimes
        kills the process with SIGFPE, depending on what ran before it in the process)."""
        if math.prod(shape) == 0:
            return False
        rank = len(shape)
        return (self is Layout.TRANSPOSED and rank >= 2) or (self is Layout.STRIDED and rank >= 1)


class _JsonIdentity:
    """Equality and hashing by JSON text: NaN equals NaN and -0.0 differs from 0.0, as a replay needs."""

    def to_json(self) -> dict[str, Any]:
        """The JSON data the identity is made of (each subclass writes its own)."""
        raise NotImplementedError

    def _identity(self) -> str:
        """The JSON text, made once per (frozen) object: input caches hash their specs on every lookup."""
        text = self.__dict__.get("_identity_text")
        if text is None:
            text = json.dumps(self.to_json(), sort_keys=True)
            object.__setattr__(self, "_identity_text", text)
        return text

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self) -> int:
        return hash(self._identity())


def _encode_values(values: tuple[float, ...]) -> list[Any]:
    """Literal input values as stored (non-finite ones as text).  A relation's follow-up carries up
    to 10^5 of them to each worker, so the all-finite case takes NumPy's path, value for value the same."""
    array = np.asarray(values, dtype=np.float64)
    if np.isfinite(array).all():
        return array.tolist()  # type: ignore[no-any-return]
    return [encode_float(float(v)) for v in values]


def _decode_values(stored: list[Any]) -> tuple[float, ...]:
    """The inverse of `_encode_values`."""
    if all(type(v) is float for v in stored):
        return tuple(stored)
    return tuple(float(decode_scalar(v)) for v in stored)


@dataclass(frozen=True, eq=False)
class InputSpec(_JsonIdentity):
    """How the input of one step is made.

    With `values` set, those (row-major, float64) are the input.  Otherwise the values are
    `offset + scale * z`, z standard normal from `numpy.random.default_rng(seed)`, then
    `constant_channels` are set to `offset + channel index`, `outliers` positions get
    `offset + scale * outlier_factor`, and `specials` (flat index, 'nan' | 'inf' | '-inf') are
    planted; the result is cast to the case's dtype (`numpy_dtype`: float32 for bfloat16, which
    the adapters cast).  `scale` is a power of ten so that the mean/variance cancellation of a
    large offset over a small spread is reachable.  `layout` is how the frameworks hold the values
    (`Layout`); it leaves them, and so the reference, unchanged.
    """

    seed: int = 0
    offset: float = 0.0
    scale: float = 1.0
    constant_channels: tuple[int, ...] = ()
    outliers: int = 0
    outlier_factor: float = 1e3
    specials: tuple[tuple[int, str], ...] = ()
    values: tuple[float, ...] | None = None
    layout: Layout = Layout.CONTIGUOUS

    def __post_init__(self) -> None:
        if not isinstance(self.seed, int) or self.seed < 0:
            raise CaseError(f"InputSpec.seed must be a non-negative int, got {self.seed!r}")
        if not isinstance(self.layout, Layout):
            try:
                object.__setattr__(self, "layout", Layout(self.layout))
            except ValueError:
                raise CaseError(f"InputSpec.layout must be one of {[m.value for m in Layout]}, "
                                f"got {self.layout!r}") from None
        if any(not isinstance(c, int) or c < 0 for c in self.constant_channels):
            raise CaseError(f"InputSpec.constant_channels are channel indices >= 0, got {self.constant_channels!r}")
        for index, kind in self.specials:
            if kind not in ("nan", "inf", "-inf"):
                raise CaseError(f"InputSpec.specials kinds are 'nan', 'inf', '-inf', got {kind!r}")
            if index < 0:
                raise CaseError(f"InputSpec.specials index must be >= 0, got {index}")

    @property
    def has_nonfinite(self) -> bool:
        if self.values is not None:
            return any(not math.isfinite(v) for v in self.values)
        return bool(self.specials)

    def generate(self, shape: tuple[int, ...], dtype: str) -> NDArray[Any]:
        """The input array, identical on every call and every machine with the same NumPy.

        Read-only and cached: every adapter, the tolerance policy and the recorder ask for the same
        input, and drawing 40k normals costs more than a BatchNorm1d call.
        """
        return _generate_cached(self, tuple(shape), dtype)

    def _generate(self, shape: tuple[int, ...], dtype: str) -> NDArray[Any]:
        size = int(np.prod(shape)) if shape else 1
        if self.values is not None:
            if len(self.values) != size:
                raise CaseError(f"InputSpec.values has {len(self.values)} values, shape {shape} needs {size}")
            data = np.asarray(self.values, dtype=np.float64).reshape(shape)
        else:
            rng = np.random.default_rng(self.seed)
            data = self.offset + self.scale * rng.standard_normal(size).reshape(shape)
            if len(shape) >= 2 and size:
                for channel in self.constant_channels:
                    if channel < shape[1]:
                        data[:, channel, ...] = self.offset + channel
                if self.outliers:
                    flat = data.reshape(-1)
                    picks = rng.choice(size, size=min(self.outliers, size), replace=False)
                    flat[picks] = self.offset + self.scale * self.outlier_factor
            flat = data.reshape(-1)
            for index, kind in self.specials:
                if index < size:
                    flat[index] = float(kind)
        with np.errstate(over="ignore", invalid="ignore"):
            return data.astype(numpy_dtype(dtype))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value == f.default:
                continue
            if f.name == "values":
                value = _encode_values(value)
            elif f.name == "layout":
                value = value.value
            elif f.name in ("offset", "scale", "outlier_factor"):
                value = encode_float(value)
            elif isinstance(value, tuple):
                value = [list(v) if isinstance(v, tuple) else v for v in value]
            out[f.name] = value
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> InputSpec:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise CaseError(f"unknown InputSpec fields: {sorted(unknown)}")
        kwargs = dict(data)
        for name in ("offset", "scale", "outlier_factor"):
            if name in kwargs:
                kwargs[name] = float(decode_scalar(kwargs[name]))
        if "values" in kwargs:
            kwargs["values"] = _decode_values(kwargs["values"])
        if "constant_channels" in kwargs:
            kwargs["constant_channels"] = tuple(kwargs["constant_channels"])
        if "specials" in kwargs:
            kwargs["specials"] = tuple((int(i), str(k)) for i, k in kwargs["specials"])
        return cls(**kwargs)


@functools.lru_cache(maxsize=64)
def _generate_cached(spec: InputSpec, shape: tuple[int, ...], dtype: str) -> NDArray[Any]:
    array = spec._generate(shape, dtype)
    array.setflags(write=False)
    return array


@functools.lru_cache(maxsize=64)
def _upstream_cached(grad_seed: int, step: int, shape: tuple[int, ...], dtype: str) -> NDArray[Any]:
    array = np.random.default_rng([grad_seed, step]).standard_normal(shape).astype(numpy_dtype(dtype))
    array.setflags(write=False)
    return array


@dataclass(frozen=True)
class Step:
    mode: Mode
    input: InputSpec

    def __post_init__(self) -> None:
        if not isinstance(self.mode, Mode):
            object.__setattr__(self, "mode", Mode(self.mode))


class InitVia(str, Enum):
    """How a case's initial values reach a MindSpore Cell: users do all three."""

    SET_DATA = "set_data"  # Parameter.set_data after construction
    CONSTRUCTOR = "constructor"  # gamma_init/beta_init/moving_mean_init/moving_var_init tensors
    CHECKPOINT = "checkpoint"  # save_checkpoint of the mapped names, load_checkpoint, load_param_into_net


#: torch names of the values MindSpore's own `*_init` arguments set (fuzz.model.mapping.MS_INIT_KWARGS)
INITIAL_NAMES = ("weight", "bias", "running_mean", "running_var")


@dataclass(frozen=True)
class MindSporeOptions:
    """Dimensions that only MindSpore's `nn.BatchNorm1d` has, drawn on their own.

    init_via: how the initial values reach the Cell (`InitVia`).
    use_batch_statistics: None (the Cell's train/eval mode decides), True (always batch statistics,
        moving statistics updated in every step) or False (always the moving statistics, never
        updated).  torch's counterparts: its own mode, a module kept in train mode, one kept in eval.
        With torch's track_running_stats=False the mapping passes True whatever is drawn here.
    pass_use_batch_statistics: pass `use_batch_statistics` explicitly even when it is None, so both
        the default and the explicit spelling are tested.
    unmapped_init: initial values MindSpore keeps where torch has no counterpart, by torch name:
        weight/bias with affine=False, running_mean/running_var with track_running_stats=False.  The
        mapping says they have no effect on what torch computes; the harness checks that.
    data_format: passed when not None (MindSpore 2.10 takes 'NCHW' on CPU, 'NHWC' on GPU only).
    """

    init_via: InitVia = InitVia.SET_DATA
    use_batch_statistics: Any = None  # bool | None documented; an int, a str, a numpy.bool_: invalid uses
    pass_use_batch_statistics: bool = False
    unmapped_init: tuple[tuple[str, tuple[float, ...]], ...] = ()
    data_format: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.init_via, InitVia):
            if self.init_via not in {v.value for v in InitVia}:
                raise CaseError(f"MindSporeOptions.init_via is one of {[v.value for v in InitVia]}, "
                                f"got {self.init_via!r}")
            object.__setattr__(self, "init_via", InitVia(self.init_via))
        if not isinstance(self.use_batch_statistics, (bool, int, str, np.bool_, type(None))):
            raise CaseError(f"MindSporeOptions.use_batch_statistics is None, a bool, or (an invalid use) an int, "
                            f"a str or a numpy.bool_, got {self.use_batch_statistics!r}")
        for name, _ in self.unmapped_init:
            if name not in INITIAL_NAMES:
                raise CaseError(f"MindSporeOptions.unmapped_init names {INITIAL_NAMES}, got {name!r}")

    @property
    def frozen_statistics(self) -> bool:
        """use_batch_statistics=False: the moving statistics normalise every step and never move."""
        return self.use_batch_statistics is False

    @property
    def always_batch_statistics(self) -> bool:
        return self.use_batch_statistics is True

    def unmapped(self, name: str) -> tuple[float, ...] | None:
        return dict(self.unmapped_init).get(name)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value == f.default:
                continue
            if f.name == "init_via":
                value = value.value
            elif f.name == "unmapped_init":
                value = {n: [encode_float(float(v)) for v in values] for n, values in value}
            elif f.name == "use_batch_statistics":
                value = encode_scalar(value)  # numpy.bool_(True) is kept apart from True
            out[f.name] = value
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MindSporeOptions:
        """Reads this schema and the earlier one (init_via_constructor, frozen_statistics booleans)."""
        data = dict(data)
        kwargs: dict[str, Any] = {}
        if data.pop("init_via_constructor", False):
            kwargs["init_via"] = InitVia.CONSTRUCTOR
        if data.pop("frozen_statistics", False):
            kwargs["use_batch_statistics"] = False
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise CaseError(f"unknown mindspore options: {sorted(unknown)}")
        if "unmapped_init" in data:
            data["unmapped_init"] = tuple((str(n), tuple(float(decode_scalar(v)) for v in values))
                                          for n, values in sorted(dict(data["unmapped_init"]).items()))
        if "use_batch_statistics" in data:
            data["use_batch_statistics"] = decode_scalar(data["use_batch_statistics"])
        kwargs.update(data)
        return cls(**kwargs)


@dataclass(frozen=True, eq=False)
class Case(_JsonIdentity):
    """One example.  Constructor arguments are in torch's convention; `omit` lists those left out."""

    shape: tuple[int, ...]
    dtype: str = "float32"
    # each argument may hold another type than documented (`is_valid_use`; strategies/arguments.py)
    num_features: int | float | str | np.number[Any] | None = None  # None: shape[1], the valid choice
    eps: float | int | str | np.number[Any] = 1e-5
    momentum: float | int | str | np.number[Any] | None = 0.1
    # documented as bools; an invalid use may hold 0, 1, 'True', None or numpy.bool_ (typed as bool
    # on purpose: torch and the mapping read them by truthiness, `is_valid_use` and the reference check
    # `type(...) is bool`)
    affine: bool = True
    track_running_stats: bool = True
    param_dtype: str | None = None  # None: each framework's default (float32)
    omit: frozenset[str] = frozenset()
    weight: tuple[float, ...] | None = None
    bias: tuple[float, ...] | None = None
    running_mean: tuple[float, ...] | None = None
    running_var: tuple[float, ...] | None = None
    steps: tuple[Step, ...] = (Step(Mode.TRAIN, InputSpec()),)
    grad: bool = False
    grad_seed: int = 0
    mindspore: MindSporeOptions = field(default_factory=MindSporeOptions)
    rules_off: frozenset[str] = frozenset()
    # torch's intra-op threads for every step: 1 (deterministic reductions, the harness's default) or
    # DEFAULT_THREADS (torch's own default, all cores of the worker: reductions are split differently)
    threads: int = 1
    # a metamorphic relation (RELATIONS) each framework is checked against itself by; None: none
    relation: str | None = None
    # a metamorphic follow-up only (fuzz/oracle/metamorphic.py, relation batchnorm2d): each adapter
    # builds its framework's BatchNorm2d and feeds it the input with unit axes appended, (N, C, L, 1)
    batchnorm2d: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.shape, tuple) or not all(_is_int(d) and d >= 0 for d in self.shape):
            raise CaseError(f"Case.shape must be a tuple of non-negative ints (rank 0 to 4 and beyond), "
                            f"got {self.shape!r}")
        if self.dtype not in ALL_DTYPES:
            raise CaseError(f"Case.dtype must be one of {ALL_DTYPES}, got {self.dtype!r}")
        if self.param_dtype is not None and self.param_dtype not in FLOAT_DTYPES:
            raise CaseError(f"Case.param_dtype must be None or one of {FLOAT_DTYPES}, got {self.param_dtype!r}")
        if not self.steps:
            raise CaseError("Case.steps must hold at least one step")
        bad_omit = set(self.omit) - set(TORCH_DEFAULTS)
        if bad_omit:
            raise CaseError(f"Case.omit may name only {sorted(TORCH_DEFAULTS)}, got {sorted(bad_omit)}")
        for name in self.omit:
            value, default = getattr(self, name), TORCH_DEFAULTS[name]
            if type(value) is not type(default) or value != default:  # affine=1 == True, but is another use
                raise CaseError(f"Case.omit names {name!r} but its value {describe_scalar(value)} "
                                "is not torch's default")
        bad_rules = set(self.rules_off) - set(MAPPING_RULES)
        if bad_rules:
            raise CaseError(f"Case.rules_off may name only {MAPPING_RULES}, got {sorted(bad_rules)}")
        if not _is_int(self.threads) or self.threads < 0:
            raise CaseError(f"Case.threads must be an int >= 1, or {DEFAULT_THREADS} for the framework's default, "
                            f"got {self.threads!r}")
        if self.relation is not None and self.relation not in RELATIONS:
            raise CaseError(f"Case.relation must be None or one of {RELATIONS}, got {self.relation!r}")
        if type(self.batchnorm2d) is not bool:
            raise CaseError(f"Case.batchnorm2d must be a bool, got {self.batchnorm2d!r}")
        for name in ("weight", "bias", "running_mean", "running_var"):
            value = getattr(self, name)
            if value is not None and len(value) != self.channels:
                raise CaseError(f"Case.{name} has {len(value)} values for {self.channels} features")

    # -- derived facts, used by the mapping, the tolerance policy and the known-difference matcher
    @property
    def channels(self) -> int:
        """The number of features the module is built with (may differ from the input's C)."""
        if _is_int(self.num_features):
            return self.num_features
        return self.shape[1] if len(self.shape) >= 2 else 0

    @property
    def values_per_channel(self) -> int:
        """N * L: how many values each channel's batch statistics are computed from."""
        if len(self.shape) < 2:
            return 0
        return int(np.prod((self.shape[0],) + self.shape[2:]))

    @property
    def is_valid_use(self) -> bool:
        """True when both APIs document the arguments and input as accepted.

        Documented means of the documented type too: num_features an int, eps and momentum Python
        floats (numpy.float64 is one), affine and track_running_stats bools, the input float16 or
        float32 of rank 2 or 3 (any layout), MindSpore's use_batch_statistics None or a bool.  So
        eps=1, momentum=0 and eps=numpy.float32(1e-5) are not valid uses, although they have values
        that the reference computes (`eps_has_value`, `momentum_has_value`) and that are compared
        wherever both frameworks accept them; affine=0
        or 'yes' has no value there (the reference calls it an invalid use: torch reads its
        truthiness, MindSpore rejects it), so only accepting or rejecting it is compared.
        """
        return (
            self.dtype in ("float16", "float32")
            and len(self.shape) in (2, 3)
            and (self.num_features is None or (_is_int(self.num_features) and self.num_features == self.shape[1]))
            and self.shape[1] >= 1
            and eps_is_valid_use(self.eps)
            and isinstance(self.momentum, float) and 0 <= self.momentum <= 1
            and type(self.affine) is bool and type(self.track_running_stats) is bool
            and (self.mindspore.use_batch_statistics is None or type(self.mindspore.use_batch_statistics) is bool)
        )

    @property
    def cumulative_average(self) -> bool:
        """torch's momentum=None: the running statistics average every batch (`update_weight`)."""
        return self.momentum is None

    @property
    def training_steps(self) -> tuple[bool, ...]:
        """Whether torch (the case's own convention) runs each step in training mode.

        The steps' modes, except that MindSpore's use_batch_statistics=False maps to a torch module
        kept in eval mode, and use_batch_statistics=True (with tracked statistics) to one kept in
        train mode (`fuzz.model.mapping.torch_plan`).
        """
        if self.mindspore.frozen_statistics:
            return tuple(False for _ in self.steps)
        if self.mindspore.always_batch_statistics and self.track_running_stats:
            return tuple(True for _ in self.steps)
        return tuple(step.mode is Mode.TRAIN for step in self.steps)

    def initial(self, name: str) -> NDArray[Any]:
        """The initial weight/bias/running_mean/running_var, defaults filled in (float64)."""
        value = getattr(self, name)
        if value is not None:
            return np.asarray(value, dtype=np.float64)
        fill = 1.0 if name in ("weight", "running_var") else 0.0
        return np.full(self.channels, fill)

    def upstream_gradient(self, step: int, shape: tuple[int, ...], dtype: str) -> NDArray[Any]:
        """The fixed upstream gradient of step `step`: the same (read-only, cached) array for every
        framework, the reference and the tolerance policy."""
        return _upstream_cached(self.grad_seed, step, tuple(shape), dtype)

    def describe(self) -> str:
        """One line for messages: `BatchNorm1d(16, eps=1e-05, momentum=0.1) on (4, 16, 3) float32, train x3`."""
        features = self.num_features if self.num_features is not None else self.channels
        args = [str(features) if _is_int(features) else describe_scalar(features)]
        for name in ("eps", "momentum", "affine", "track_running_stats"):
            if name not in self.omit:
                args.append(f"{name}={describe_scalar(getattr(self, name))}")
        if self.param_dtype:
            args.append(f"dtype={self.param_dtype}")
        modes = [s.mode.value for s in self.steps]
        runs: list[str] = []
        for mode in modes:
            if runs and runs[-1].split(" x")[0] == mode:
                head, _, count = runs[-1].partition(" x")
                runs[-1] = f"{head} x{int(count or 1) + 1}"
            else:
                runs.append(mode)
        extras = []
        if self.grad:
            extras.append("grad")
        if any(s.input.layout is not Layout.CONTIGUOUS for s in self.steps):  # per step, in order
            extras.append("input layouts " + ",".join(s.input.layout.value for s in self.steps))
        ms = self.mindspore
        if ms.use_batch_statistics is not None or ms.pass_use_batch_statistics:
            extras.append(f"use_batch_statistics={describe_scalar(ms.use_batch_statistics)}")
        if ms.init_via is not InitVia.SET_DATA:
            extras.append(f"initial values via {ms.init_via.value}")
        if ms.unmapped_init:
            extras.append("MindSpore-only initial " + ",".join(n for n, _ in ms.unmapped_init))
        if ms.data_format is not None:
            extras.append(f"data_format={ms.data_format!r}")
        if self.rules_off:
            extras.append("mapping rules off: " + ",".join(sorted(self.rules_off)))
        if self.threads != 1:
            extras.append("torch threads: " + ("default" if self.threads == DEFAULT_THREADS else str(self.threads)))
        if self.relation is not None:
            extras.append(f"relation {self.relation}")
        if self.batchnorm2d:
            extras.append("as BatchNorm2d on the input with unit axes appended")
        tail = f" ({'; '.join(extras)})" if extras else ""
        return f"BatchNorm1d({', '.join(args)}) on {self.shape} {self.dtype}, {', '.join(runs)}{tail}"

    # -- JSON
    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema": SCHEMA_VERSION, "shape": list(self.shape)}
        for f in fields(self):
            if f.name == "shape":
                continue
            value = getattr(self, f.name)
            if f.name in ("threads", "relation", "batchnorm2d") and value == f.default:
                continue  # written only when set: cases stored before these fields read back the same
            if f.name == "steps":
                out["steps"] = [{"mode": s.mode.value, "input": s.input.to_json()} for s in value]
            elif f.name == "mindspore":
                out["mindspore"] = value.to_json()
            elif isinstance(value, frozenset):
                out[f.name] = sorted(value)
            elif isinstance(value, tuple):
                out[f.name] = [encode_float(float(v)) for v in value]
            else:
                out[f.name] = encode_scalar(value)
        return out

    def dumps(self) -> str:
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Case:
        if not isinstance(data, dict):
            raise CaseError(f"a case must be a JSON object, got {type(data).__name__}")
        data = dict(data)
        schema = data.pop("schema", SCHEMA_VERSION)
        if schema != SCHEMA_VERSION:
            raise CaseError(f"case schema {schema!r} is not supported (this harness reads {SCHEMA_VERSION})")
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise CaseError(f"unknown case fields: {sorted(unknown)}")
        if "shape" not in data:
            raise CaseError("a case needs a 'shape'")
        kwargs: dict[str, Any] = {}
        for name, value in data.items():
            try:
                kwargs[name] = _decode_field(name, value)
            except CaseError as exc:
                raise CaseError(f"case field {name!r}: {exc}") from None
            except (TypeError, KeyError, ValueError, AttributeError) as exc:
                raise CaseError(f"case field {name!r} is malformed: {type(exc).__name__}: {exc}") from None
        return cls(**kwargs)

    @classmethod
    def loads(cls, text: str) -> Case:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise CaseError(f"case JSON does not parse: {exc}") from exc
        return cls.from_json(data)

    def with_(self, **changes: Any) -> Case:
        return replace(self, **changes)


def _decode_field(name: str, value: Any) -> Any:
    """One field of a case's JSON, as the Case constructor takes it."""
    if name == "shape":
        if not isinstance(value, list):
            raise CaseError(f"shape must be a list of ints, got {value!r}")
        return tuple(int(d) for d in value)
    if name == "steps":
        return tuple(Step(Mode(s["mode"]), InputSpec.from_json(s.get("input", {}))) for s in value)
    if name == "mindspore":
        return MindSporeOptions.from_json(value)
    if name in ("omit", "rules_off"):
        if not isinstance(value, list):
            raise CaseError(f"{name} must be a list of names, got {value!r}")
        return frozenset(value)
    if name in ("weight", "bias", "running_mean", "running_var"):
        return None if value is None else tuple(float(decode_scalar(v)) for v in value)
    if name in ("eps", "momentum", "num_features", "affine", "track_running_stats"):
        return decode_scalar(value)
    return value
