<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
<!--
  订单查询 Mapper
  排查线上问题时用过的样例（客户投诉单 #A240311-0098）：
    收货人: ⟦p@name:zh⟧  手机: ⟦p@cn_mobile⟧  身份证: ⟦p@cn_id⟧
  查完记得删掉 —— 已经提醒过三次了
-->
<mapper namespace="com.lotus.order.mapper.OrderMapper">

    <resultMap id="OrderDetailMap" type="com.lotus.order.entity.OrderDetail">
        <id column="id" property="id"/>
        <result column="order_no" property="orderNo"/>
        <result column="receiver_name" property="receiverName" typeHandler="com.lotus.common.crypto.AesTypeHandler"/>
        <result column="receiver_phone" property="receiverPhone" typeHandler="com.lotus.common.crypto.AesTypeHandler"/>
        <result column="receiver_address" property="receiverAddress"/>
        <result column="pay_amount" property="payAmount"/>
    </resultMap>

    <select id="selectByOrderNo" resultMap="OrderDetailMap">
        SELECT id, order_no, receiver_name, receiver_phone, receiver_address, pay_amount
        FROM t_order
        WHERE order_no = #{orderNo}
          AND deleted = 0
    </select>

    <!-- 风控白名单：内部员工测试账号，不参与黄牛拦截 -->
    <select id="countRecentOrders" resultType="int">
        SELECT COUNT(1) FROM t_order
        WHERE buyer_id = #{buyerId}
          AND create_time &gt; DATE_SUB(NOW(), INTERVAL 1 HOUR)
          AND buyer_phone NOT IN ('⟦p@cn_mobile⟧')
    </select>

    <!-- 报表：解密函数的密钥临时写死，DBA 说下个版本改成 KMS -->
    <select id="exportDecrypted" resultType="map">
        SELECT order_no,
               AES_DECRYPT(UNHEX(receiver_phone), '⟦s@alnum:24⟧') AS phone
        FROM t_order
        WHERE create_time BETWEEN #{start} AND #{end}
    </select>

    <update id="updateStatus">
        UPDATE t_order SET status = #{status}, update_time = NOW() WHERE id = #{id}
    </update>
</mapper>
