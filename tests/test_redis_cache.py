"""The production cache backend (vetting.redis_cache): Django's Redis cache, one redis-py client kept per pool."""

from vetting.redis_cache import RedisCache


def test_it_stores_counts_and_forgets_as_djangos_does_and_keeps_one_client(redis_server):
    location = redis_server.url.rsplit("/", 1)[0] + "/5"
    one, other = RedisCache(location, {}), RedisCache(location, {})  # two processes' caches, say
    one.clear()

    one.set("page", "<p>body</p>", 30)
    assert other.get("page") == "<p>body</p>"
    assert one.add("token", 1, 30) is True and other.add("token", 1, 30) is False  # a start token used once
    one.set("hits", 1, 30)
    assert other.incr("hits", 4) == 5
    one.delete_many(["page", "hits"])
    assert other.get_many(["page", "hits", "token"]) == {"token": 1}

    client = one._cache.get_client(write=True)
    assert one._cache.get_client() is client and one._cache.get_client(write=True) is client
