"""
Generated profiles of realistic shape for the benchmarks: the same for every run.
"""

from __future__ import annotations

import random

import mlcareer


def generate(count: int, seed: int = 7) -> list[dict[str, object]]:
    """Generated profiles of realistic shape, the same for every run."""
    rng = random.Random(seed)
    table = mlcareer.skill_table()
    skills = sorted(table.skills)
    levels = ["novice", "beginner", "intermediate", "advanced", "expert"]
    stages = ["student", "job_seeking", "interviewing", "employed"]
    sectors = ["tech", "finance", "healthcare", "retail", "other"]
    kinds = ["project", "open_source", "certification", "blog_post", "case_study"]
    steps = ["company_research", "algorithm_review", "project_stories", "think_aloud_practice", "motivation"]
    result = []
    for index in range(count):
        profile: dict[str, object] = {
            "name": f"Candidate {index}",
            "stage": rng.choice(stages),
            "skills": [
                {"name": name, "level": rng.choice(levels)} for name in rng.sample(skills, rng.randint(0, 14))
            ],
            "traits": [
                {"name": name, **({"evidence": "An example."} if rng.random() < 0.5 else {})}
                for name in rng.sample(sorted(table.traits), rng.randint(0, 3))
            ],
            "portfolio": [
                {"kind": rng.choice(kinds), "title": f"Work {k}", "skills": rng.sample(skills, 2),
                 "sector": rng.choice(sectors)}
                for k in range(rng.randint(0, 4))
            ],
            "goals": {"sectors": rng.sample(sectors, rng.randint(0, 2))},
            "interview_prep": rng.sample(steps, rng.randint(0, 3)),
            "growth": {"mentor": rng.random() < 0.3},
        }  # fmt: skip
        if rng.random() < 0.4:
            profile["goals"]["company"] = {"name": "Acme", "sector": rng.choice(sectors)}  # type: ignore[index]
        result.append(profile)
    return result
