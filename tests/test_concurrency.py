"""One owner per conversation and no supporter over capacity, with many processes at once."""

from __future__ import annotations

import multiprocessing
import random
import time

import redis

from tests.test_routing import EVENTS_MAX, arrive, shift
from warmline.store import SyncStore, keys, routing, views
from warmline.store.calls import connect_sync

SUPPORTERS = [f"peer{i:02d}" for i in range(20)]
CAPACITY = 3
TEXTERS = 300
PROCESSES = 4


def _route_share(url: str, share: int, seed: int) -> int:
    """One process: texters arrive, conversations are assigned and some are closed."""
    store = SyncStore(connect_sync(url))
    rng = random.Random(seed)
    closed = 0
    for i in range(TEXTERS // PROCESSES):
        arrive(store, f"+1415{share}{i:06d}")
        store.run(
            routing.assign_waiting(int(time.time() * 1000), EVENTS_MAX, limit=rng.randint(1, 5))
        )
        if rng.random() < 0.2:
            supporter = rng.choice(SUPPORTERS)
            mine = sorted(store.run(routing.supporter_conversations(supporter)))
            if mine:
                try:
                    store.run(
                        routing.release(
                            rng.choice(mine),
                            "close",
                            owner=supporter,
                            actor=supporter,
                            now_ms=int(time.time() * 1000),
                            events_max=EVENTS_MAX,
                        )
                    )
                    closed += 1
                except routing.ReleaseRefused:
                    pass  # another process moved it first: that is the point
    return closed


def test_four_processes_routing_300_texters_to_20_supporters_never_double_assign(
    redis_server, store: SyncStore, db: redis.Redis
):
    for name in SUPPORTERS:
        shift(store, name, capacity=CAPACITY)
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(PROCESSES) as pool:
        closed = sum(
            pool.starmap(_route_share, [(redis_server.url, n, n) for n in range(PROCESSES)])
        )
    # A close may have been the very last move; routing runs after every close in the app.
    store.run(routing.assign_waiting(int(time.time() * 1000), EVENTS_MAX))

    ids = db.zrange(keys.CONVERSATIONS, 0, -1)
    assert len(ids) == TEXTERS
    conversations = {c["id"]: c for c in store.run(views.conversations(ids))}
    owners: dict[str, str] = {}
    for name in SUPPORTERS:
        held = store.run(routing.supporter_conversations(name))
        assert len(held) <= CAPACITY, f"{name} holds {len(held)}"
        for conversation_id in held:
            assert conversation_id not in owners, f"{conversation_id} has two owners"
            owners[conversation_id] = name
    waiting = {cid for cid, _ in store.run(routing.waiting())}
    for conversation_id, conversation in conversations.items():
        if conversation["status"] == "active":
            assert owners.get(conversation_id) == conversation["supporter"]
            assert conversation_id not in waiting
        elif conversation["status"] == "waiting":
            assert conversation_id in waiting and conversation_id not in owners
        else:
            assert conversation_id not in waiting and conversation_id not in owners
    assert len(owners) == CAPACITY * len(SUPPORTERS)  # all room filled: 300 - closed > 60
    assert closed > 0
    assert sum(c["status"] == "closed" for c in conversations.values()) == closed
