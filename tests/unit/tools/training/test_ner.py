from __future__ import annotations

from pathlib import Path

from tools.training.ner import ProgressTrainer


def test_the_trainer_counts_its_iterations(tmp_path: Path) -> None:
    trainer = ProgressTrainer(5, "test")
    trainer.append([["w=harbour"], ["w=denies"]], ["B-ORG", "O"])
    trainer.append([["w=mayor"], ["w=rejects"]], ["B-PER", "O"])
    trainer.set_params({"max_iterations": 5})
    trainer.train(str(tmp_path / "model.crfsuite"))
    assert 1 <= trainer.iterations <= 5
    assert (tmp_path / "model.crfsuite").is_file()
