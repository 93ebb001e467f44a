#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

namespace BreachAdvisor {

// A queue between threads that blocks the producer when full, so a fast reader
// cannot run ahead of slow workers and fill the memory. close() wakes everyone:
// push() then refuses, pop() drains what is left and returns false. A consumer that
// fails closes it, so that a producer waiting for room does not wait forever.
template<typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(std::size_t capacity)
        : m_capacity(capacity)
    {
    }
    // False, and the item dropped, once the queue is closed.
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_items.size() < m_capacity || m_closed; });
        if (m_closed) {
            return false;
        }
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }
    bool pop(T *item)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty()) {
            return false;
        }
        *item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return true;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

private:
    std::size_t m_capacity;
    std::deque<T> m_items;
    bool m_closed = false;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
};

} // namespace BreachAdvisor
