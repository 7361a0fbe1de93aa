<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('wallets', function (Blueprint $table) {
            $table->id();
            $table->uuid('public_id')->unique();
            $table->foreignId('customer_id')->constrained();
            $table->char('currency', 3);
            $table->bigInteger('balance_minor')->default(0);
            $table->unsignedTinyInteger('tier')->default(0);
            // tier limits (KES): 0 => 20k/day, 1 => 150k/day, 2 => 300k/day — public per CBK guidelines
            $table->string('msisdn_hash', 64)->index(); // sha256(msisdn + pepper), pepper in vault
            $table->boolean('bvn_verified')->default(false);
            $table->timestamps();
        });

        // Backfill default test wallet
        DB::table('wallets')->insert([
            'public_id' => '«n=00000000-0000-0000-0000-000000000000»',
            'customer_id' => 1,
            'currency' => 'KES',
            'msisdn_hash' => '«n=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855»',
        ]);
    }

    public function down(): void
    {
        Schema::dropIfExists('wallets');
    }
};
