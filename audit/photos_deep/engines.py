"""The two image models of the deep scan, loaded once per worker process, never downloaded.

- **Text**: RapidOCR (`rapidocr` on PyPI, 3.10) with the PP-OCRv6 "small" detection and
  recognition models and the orientation classifier that ship inside its wheel.  Its older
  `rapidocr-onnxruntime` package ships older models too, but needs the desktop OpenCV build
  (`opencv-python`), which clashes with the headless one nudenet needs in the same folder.
  RapidOCR downloads a model it cannot find, so the paths of the shipped files are given
  to it explicitly and checked first: a missing file is an incomplete install, said in one
  line, and nothing is ever fetched.
- **Content**: nudenet's 320n detector (`320n.onnx`, in its wheel), run through onnxruntime.

Both run on one thread each, since the deep scan already runs one worker per core.  Photos
are decoded with Pillow under its decompression-bomb guard, turned upright from their EXIF
orientation (OCR reads sideways text badly) and scaled down to `MAX_SIDE` first.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps

from audit.errors import AuditError

OCR_PACKAGE, CONTENT_PACKAGE = "rapidocr", "nudenet"
OCR_MODELS = {
    "Det.model_path": "PP-OCRv6_det_small.onnx",
    "Cls.model_path": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
    "Rec.model_path": "PP-OCRv6_rec_small.onnx",
}
CONTENT_MODEL = "320n.onnx"
MAX_SIDE = 1600
MIN_TEXT_SCORE = 0.6
INSTALL_HINT = "the deep photo scan needs the photos extra: pip install 'profile-audit[photos]'"
ENGINE_VERSION = "rapidocr-3.10/PP-OCRv6-small+nudenet-320n"
"""Saved with each cached reading: a different engine reads the photos afresh."""


class DeepScanUnavailable(AuditError):
    """The photos extra is missing or incomplete: one line saying how to install it."""


@dataclass(frozen=True, slots=True)
class Reading:
    """What the models saw in one photo: lines of text and (class, score) pairs."""

    lines: tuple[str, ...] = ()
    labels: tuple[tuple[str, float], ...] = ()
    failed: str = ""
    """Why the photo could not be read (a damaged file, too many pixels), else ""."""


def check_available() -> None:
    """Raise `DeepScanUnavailable` unless both packages and their shipped models are installed."""
    _model_paths()


def read_photo(data: bytes) -> Reading:
    """The text and the content classes in one photo's bytes (run in a worker process)."""
    try:
        image = _decode(data)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        return Reading(failed=f"the picture could not be decoded ({type(error).__name__})")
    pixels = _bgr(image)
    ocr, content = _engines()
    result = ocr(pixels)
    lines = tuple(
        text.strip()
        for text, score in zip(result.txts or (), result.scores or (), strict=False)
        if text.strip() and score >= MIN_TEXT_SCORE
    )
    labels = tuple((str(box["class"]), round(float(box["score"]), 3)) for box in content.detect(pixels))
    return Reading(lines, labels)


def warm_up() -> None:
    """Load both models in this process now (a worker's initializer), not on its first photo."""
    _engines()


@lru_cache(maxsize=1)
def _model_paths() -> tuple[dict[str, str], str]:
    ocr_folder, content_folder = _package_folder(OCR_PACKAGE), _package_folder(CONTENT_PACKAGE)
    ocr = {key: str(ocr_folder / "models" / name) for key, name in OCR_MODELS.items()}
    content = str(content_folder / CONTENT_MODEL)
    missing = [path for path in (*ocr.values(), content) if not Path(path).is_file()]
    if missing:
        raise DeepScanUnavailable(f"{INSTALL_HINT} (a model file is missing: {Path(missing[0]).name})")
    return ocr, content


def _package_folder(name: str) -> Path:
    """A package's folder, found without importing it (importing RapidOCR takes seconds)."""
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations or find_spec("onnxruntime") is None:
        raise DeepScanUnavailable(INSTALL_HINT)
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def _engines() -> tuple[Any, Any]:
    """RapidOCR and nudenet, each on one thread, from the shipped model files only."""
    ocr_models, content_model = _model_paths()
    import onnxruntime
    from nudenet import NudeDetector
    from rapidocr import RapidOCR

    params: dict[str, Any] = {
        "Global.log_level": "error",
        "Det.limit_type": "max",
        "Det.limit_side_len": 960,
        "EngineConfig.onnxruntime.intra_op_num_threads": 1,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        **ocr_models,
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ocr = RapidOCR(params=params)
        content = NudeDetector(model_path=content_model)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        content.onnx_session = onnxruntime.InferenceSession(content_model, options, providers=["CPUExecutionProvider"])
    return ocr, content


def _decode(data: bytes) -> Image.Image:
    """The photo, upright, in RGB, at most `MAX_SIDE` pixels on its longer side."""
    _heif()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        opened = Image.open(io.BytesIO(data))
        opened.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a fraction of the size, quickly
        image = ImageOps.exif_transpose(opened).convert("RGB")
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    return image


def _bgr(image: Image.Image) -> Any:
    """The pixels as the models' OpenCV-style array: height x width x (blue, green, red)."""
    import numpy

    return numpy.ascontiguousarray(numpy.asarray(image)[:, :, ::-1])


@lru_cache(maxsize=1)
def _heif() -> None:
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return
    register_heif_opener()
