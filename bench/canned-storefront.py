#!/usr/bin/env python3
"""Writes canned storefront responses for nginx to serve in the generator benchmarks.

    bench/canned-storefront.py DIR

The bodies have storefront's shapes and sizes (GET /api/v1/products?limit=20 is about 4.7 KB), so a
generator benchmark pays the same parsing and capture costs as against storefront, while the target
(nginx) costs almost nothing and counts every request. Deterministic: the same files every time.
"""
import json
import os
import sys
import uuid


def product(index: int) -> dict:
    identifier = uuid.UUID(int=(0x5EED << 96) + index, version=4)
    return {
        "id": str(identifier),
        "name": f"Lamp {index:04d}",
        "description": f"Warm lamp {index}.",
        "price": 1999 + index * 7 % 5000,
        "stock": 100 + index % 900,
        "attributes": {"color": ["black", "white", "brass"][index % 3]},
        "status": "active",
        "created_at": "2026-11-20T10:00:00Z",
        "updated_at": "2026-11-20T10:00:00Z",
    }


def page(count: int, limit: int) -> dict:
    return {
        "data": [product(i) for i in range(count)],
        "pagination": {"page": 1, "limit": limit, "total": 2000, "total_pages": 2000 // limit},
    }


def main() -> int:
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    bodies = {
        "list.json": page(20, 20),
        "list100.json": page(100, 100),
        "list1000.json": page(1000, 1000),
        "search.json": page(10, 10),
        "product.json": product(7),
        "login.json": {"token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJiZW5jaCJ9.c2lnbmF0dXJl", "user": {"id": str(uuid.UUID(int=1, version=4)), "email": "user1@storefront.test", "role": "user"}},
        "order.json": {"id": str(uuid.UUID(int=2, version=4)), "status": "pending", "total": 1999, "items": [{"product_id": str(product(7)["id"]), "quantity": 1, "unit_price": 1999}]},
    }
    for name, body in bodies.items():
        with open(os.path.join(out, name), "w") as handle:
            json.dump(body, handle, separators=(",", ":"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
