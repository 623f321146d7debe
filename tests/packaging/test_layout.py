"""What goes into the bundle and where: the files PyInstaller collected that stay, and where the app finds its data."""

from __future__ import annotations

from pathlib import Path

from annotator.packaging.layout import APP_NAME, EXE_NAME, data_files, keep_in_bundle, programs, vendored_by_auditwheel


def test_libraries_taken_from_the_system_are_not_also_bundled() -> None:
    """A bundled libX11 or libstdc++ goes stale against the system's and breaks on a newer distribution."""
    for dest in ("libX11.so.6", "libxcb-cursor.so.0", "libstdc++.so.6", "libfontconfig.so.1", "libgtk-3.so.0"):
        assert not keep_in_bundle(dest)
    for dest in ("libpython3.11.so.1.0", "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
                 "PySide6/Qt/translations/qtbase_fr.qm", "babel/locale-data/root.dat"):
        assert keep_in_bundle(dest)
    assert not keep_in_bundle("PySide6/Qt/translations/qtbase_de.qm")


def test_certifi_s_code_stays_but_not_the_certificates_of_a_download_annotator_never_makes() -> None:
    """trafilatura imports certifi, so its code must stay; its 0.23 MB of CA certificates serve only downloads."""
    assert keep_in_bundle("certifi/core.py") and keep_in_bundle("certifi/__init__.py")
    assert not keep_in_bundle("certifi/cacert.pem")


def test_numpy_keeps_what_agreement_uses_and_leaves_its_fourier_transforms_and_tests() -> None:
    """numpy's random numbers (the bootstrap) and core stay; its FFT and its own test module are 0.6 MB unused."""
    assert keep_in_bundle("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so")
    assert keep_in_bundle("numpy/random/_generator.cpython-311-x86_64-linux-gnu.so")
    assert not keep_in_bundle("numpy/fft/_pocketfft_umath.cpython-311-x86_64-linux-gnu.so")
    assert not keep_in_bundle("numpy/_core/_multiarray_tests.cpython-311-x86_64-linux-gnu.so")


def test_windows_places_are_judged_as_the_linux_ones() -> None:
    """Windows wheels keep Qt's plugins one level up and use backslashes: 30 unused translations would ship."""
    assert not keep_in_bundle("PySide6\\translations\\qtbase_de.qm")
    assert keep_in_bundle("PySide6\\translations\\qtbase_es.qm")
    assert not keep_in_bundle("PySide6\\plugins\\platforms\\libqvnc.so")
    assert not keep_in_bundle("babel\\locale-data\\de.dat")


def test_the_bundle_carries_lessons_schemas_and_templates_where_the_app_looks() -> None:
    """resources.py finds annotator/_resources and annotator/_lessons in an install: the bundle must match."""
    places = {dest for _, dest in data_files()}
    assert "annotator/_lessons" in places
    for folder in ("schemas", "templates", "icons"):
        assert f"annotator/_resources/{folder}" in places
    assert "annotator/_resources/formats" not in places  # test data, 1.2 MB


def test_a_new_resources_folder_goes_in_without_being_listed(tmp_path: Path) -> None:
    """A folder added to resources/ and forgotten here would be missing from every installed copy."""
    (tmp_path / "lessons").mkdir()
    for name in ("maps", "formats", "screenshots", ".cache"):
        (tmp_path / "resources" / name).mkdir(parents=True)
    (tmp_path / "resources" / "README.txt").write_text("x", encoding="utf-8")
    assert sorted(dest for _, dest in data_files(tmp_path)) == [
        "annotator/_lessons", "annotator/_resources", "annotator/_resources/maps"]


def test_each_platforms_bundle_names_the_program_to_run(tmp_path: Path) -> None:
    """The self-check and the benchmark would start the wrong file, or none, on Windows or macOS."""
    assert programs(tmp_path / "linux") == (tmp_path / "linux" / EXE_NAME,) * 2
    windows = tmp_path / "windows"
    windows.mkdir()
    (windows / f"{EXE_NAME}.exe").touch()
    assert programs(windows) == (windows / f"{EXE_NAME}.exe", windows / f"{EXE_NAME}-cli.exe")
    app = tmp_path / "dist" / f"{APP_NAME}.app"
    app.mkdir(parents=True)
    inside = app / "Contents" / "MacOS" / EXE_NAME
    assert programs(tmp_path / "dist") == programs(app) == (inside, inside)


def test_the_libraries_a_wheel_vendors_are_told_apart_so_they_are_never_stripped() -> None:
    """Stripped, numpy's OpenBLAS was refused by the loader: agreement, debrief and the Class tab failed."""
    assert vendored_by_auditwheel("numpy.libs/libscipy_openblas64_-32a4b2a6.so")
    assert vendored_by_auditwheel("numpy.libs\\libgfortran-040039e1-0352e75f.so.5.0.0")
    assert not vendored_by_auditwheel("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so")
    assert not vendored_by_auditwheel("PySide6/Qt/lib/libQt6Core.so.6")
    assert not vendored_by_auditwheel("libpython3.11.so.1.0")

